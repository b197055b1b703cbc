package vn.sotay.api.auth;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;

/**
 * The one place where authorisation is decided. Every module asks it; no module inspects roles
 * itself.
 *
 * <p>The rule: a role held at a node holds for that node's whole subtree and nowhere else;
 * {@link Role#ADMIN} implies every other role. Every person holds {@link Role#MEMBER} at their own
 * cell. Answers come from the in-memory organisation tree, no query.
 */
@ProviderType
public interface AuthorizationService {

    /** True when the caller holds one of {@code anyOf} (or ADMIN) at {@code orgId} or an ancestor. */
    boolean holds(Caller caller, long orgId, Role... anyOf);

    /** {@link #holds} or a 403 problem with a Vietnamese explanation. */
    void require(Caller caller, long orgId, Role... anyOf);

    /**
     * True when something addressed to the subtree of {@code audienceOrgId} may be read by the
     * caller: the caller's cell lies in that subtree, or the caller holds a role other than MEMBER
     * at the audience node or above it (a committee reads what was sent inside its subtree).
     */
    boolean canRead(Caller caller, long audienceOrgId);

    /**
     * The audience nodes readable by the caller as a filter: content addressed to a node X is
     * readable when X is in {@code memberPath} (X is the caller's cell or an ancestor of it), or
     * when one of {@code staffScopes} is X or an ancestor of X. Search uses it to filter an index.
     */
    Visibility visibility(Caller caller);

    /** See {@link #visibility(Caller)}. */
    record Visibility(List<Long> memberPath, Set<Long> staffScopes) {
    }

    /** Grants {@code role} at {@code orgId} to an account; the granter needs COMMITTEE there (ADMIN for ADMIN). */
    RoleGrant grant(Caller caller, long accountId, Role role, long orgId);

    /** Removes a grant under the same rule as {@link #grant}. */
    void revoke(Caller caller, long accountId, Role role, long orgId);
}
