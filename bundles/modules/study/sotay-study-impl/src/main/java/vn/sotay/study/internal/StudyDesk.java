package vn.sotay.study.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Question;

/**
 * The module's rules, shared by its resources. Banks (with their key) are known only to their
 * managers (SECRETARY or COMMITTEE over the owning organisation, ADMIN); a contest is read by whoever
 * may read content addressed to its organisation, attempted by the members of its subtree (holding
 * its role at their cell when it has one), managed by SECRETARY or COMMITTEE over its organisation; an
 * attempt is its member's alone. Everything else is a 404 ("never reveal existence").
 */
@Component(service = StudyDesk.class)
public class StudyDesk {
    static final Role[] MANAGERS = {Role.SECRETARY, Role.COMMITTEE};
    final StudyStore store;
    final OrgService orgs;
    final AuthorizationService auth;
    final MemberService members;

    @Activate
    public StudyDesk(@Reference StudyStore store, @Reference OrgService orgs, @Reference AuthorizationService auth,
            @Reference MemberService members) {
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
    }

    boolean manages(Caller c, long orgId) {
        return auth.holds(c, orgId, MANAGERS);
    }

    Bank bank(Caller c, long id) {
        return store.banks.find(id).filter(b -> manages(c, b.orgId()))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy ngân hàng câu hỏi."));
    }

    Contest contest(Caller c, long id) {
        return store.contests.find(id).filter(k -> auth.canRead(c, k.orgId()))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy cuộc thi."));
    }

    boolean eligible(Caller c, OrgTree tree, Contest k) {
        return c.memberId() != null && c.cellId() != null && tree.isWithin(c.cellId(), k.orgId())
                && (k.role() == null || auth.holds(c, c.cellId(), k.role()));
    }

    /** The caller's own attempt, or 404 for anyone else's. */
    Attempt attempt(Caller c, long id) {
        return store.attempts.find(id).filter(a -> c.memberId() != null && a.memberId() == c.memberId())
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy lượt làm bài."));
    }

    /** The organisations among {@code candidates} the caller manages; {@code null} when at a root as ADMIN… or all managed. */
    List<Long> managed(Caller c, List<Long> candidates) {
        if (auth.visibility(c).staffScopes().isEmpty()) {
            return List.of();
        }
        return candidates.stream().filter(o -> manages(c, o)).limit(1000).toList();
    }

    /** The contest's key: question id to its right options (the questions of one contest, one query per 500). */
    Map<Long, Set<Integer>> key(List<Long> drawn) {
        Map<Long, Set<Integer>> key = new HashMap<>();
        store.banks.byIds(drawn).values().forEach(q -> key.put(q.id(), q.correct()));
        return key;
    }

    Map<Long, Question> questions(List<Long> drawn) {
        return store.banks.byIds(drawn);
    }

    /** Scores what expired unsubmitted; call before reading scores. */
    void scoreExpired(Contest k, Instant now) {
        store.attempts.scoreExpired(k.id(), key(store.contests.questionIds(k.id())), now);
    }
}
