package vn.sotay.api.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;

/**
 * Party members. Provided by the core. Reads of other people's records are authorised against the
 * organisation tree (a member reads only themself; a secretary, committee or admin their subtree).
 */
@ProviderType
public interface MemberService {

    /** EventAdmin topic posted after members changed (import or edit). */
    String TOPIC_CHANGED = "vn/sotay/member/CHANGED";

    /** The member, without authorisation: for services acting on the caller's own record. */
    Optional<Member> get(long id);

    /** Members of the subtree rooted at {@code orgId}, by name; {@code q} filters by name, card or phone. */
    Page<Member> list(Caller caller, long orgId, String q, String cursor, int limit);

    /**
     * Number of members counted in rates ({@link MemberStatus#counted()}) per cell id. Cached and
     * refreshed on every member change: statistics and roll-ups call it on every request.
     */
    Map<Long, Long> countedByCell();

    /** Ids of the members of these cells, counted ones only. */
    List<Long> countedIn(List<Long> cellIds);

    /**
     * The members of these cells {@link Eligibility#invited invited} to their meetings (every status
     * but transferred), by cell and name, in one query per 500 cells; without authorisation (the
     * caller decides who may see them). For meetings and polls building their roll and electorate.
     *
     * @since 1.2
     */
    List<Member> invitedIn(Collection<Long> cellIds);

    /**
     * The members with these ids that exist, by id, in one query per 500 ids; without authorisation.
     * For lists naming many members (attendance, ballots' rolls, inbox recipients) without a query each.
     *
     * @since 1.2
     */
    Map<Long, Member> getAll(Collection<Long> ids);
}
