package vn.sotay.news.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgTree;

/** Who sees which article: the visibility rules, decided by the core's {@link AuthorizationService}. */
final class Access {
    private Access() {
    }

    /** An editor or reviewer at or above the audience node: sees the article in every status. */
    static boolean manages(AuthorizationService auth, Caller c, Article a) {
        return auth.holds(c, a.audienceOrgId(), Role.EDITOR, Role.REVIEWER);
    }

    /** Managers always; anyone else only while it is published and addressed to a subtree they read. */
    static boolean readable(AuthorizationService auth, Caller c, Article a, Instant now) {
        return manages(auth, c, a) || a.published(now) && auth.canRead(c, a.audienceOrgId());
    }

    /**
     * The audience nodes whose published articles the caller's feed shows: the member path (cell and
     * ancestors) plus every known audience inside one of the staff scopes; {@code null} means every
     * audience (staff over a root).
     */
    static Collection<Long> feedAudiences(AuthorizationService.Visibility v, OrgTree tree,
            Collection<Long> knownAudiences) {
        Set<Long> scopes = v.staffScopes();
        if (scopes.stream().map(tree::node).anyMatch(n -> n != null && n.parentId() == null)) {
            return null;
        }
        if (scopes.isEmpty()) {
            return v.memberPath();
        }
        java.util.LinkedHashSet<Long> out = new java.util.LinkedHashSet<>(v.memberPath());
        for (Long a : knownAudiences) {
            if (tree.pathIds(a).stream().anyMatch(scopes::contains)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
