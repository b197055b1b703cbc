package vn.sotay.documents.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgTree;

/** Who sees which document; decisions come from the core's {@link AuthorizationService}. */
final class Access {
    /** Days (downloads per day, document years) are Vietnamese calendar days. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Access() {
    }

    /**
     * Who drafts, edits, attaches to and submits a document for its owner (the issuing committee):
     * the editors at or above it, its committee, and for a cell its secretary.
     */
    static final Role[] DRAFTERS = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY};

    /** A drafter or reviewer at or above the owner: sees and acts on the document in every status. */
    static boolean manages(AuthorizationService auth, Caller c, Doc d) {
        return auth.holds(c, d.ownerOrgId(), DRAFTERS) || auth.holds(c, d.ownerOrgId(), Role.REVIEWER);
    }

    /** Managers always; anyone else only once published and addressed to a subtree they read. */
    static boolean readable(AuthorizationService auth, Caller c, Doc d) {
        return manages(auth, c, d) || d.published() && auth.canRead(c, d.audienceOrgId());
    }

    /** The document at the other end of a relation: as {@link #readable(AuthorizationService, Caller, Doc)}. */
    static boolean readable(AuthorizationService auth, Caller c, Doc.Link l) {
        return auth.holds(c, l.ownerOrgId(), DRAFTERS) || auth.holds(c, l.ownerOrgId(), Role.REVIEWER)
                || l.published() && auth.canRead(c, l.audienceOrgId());
    }

    /**
     * The audiences a caller's lists show, as a predicate memoised per audience id (a library has
     * few distinct audiences): addressed to the caller's cell or an ancestor, and unless
     * {@code cellOnly}, anything inside the caller's staff scopes. Same rule as
     * {@link AuthorizationService#canRead}.
     */
    static LongPredicate audiences(AuthorizationService.Visibility v, OrgTree tree, boolean cellOnly) {
        Set<Long> path = new HashSet<>(v.memberPath());
        Set<Long> scopes = cellOnly ? Set.of() : v.staffScopes();
        Map<Long, Boolean> memo = new HashMap<>();
        return a -> memo.computeIfAbsent(a, x -> path.contains(x) || scopes.stream().anyMatch(s -> tree.isWithin(x, s)));
    }
}
