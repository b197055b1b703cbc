package vn.sotay.api.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.org.OrgTree;

/**
 * The authorisation rules of {@link AuthorizationService} as pure functions of an organisation tree
 * snapshot and a caller. The core's service applies them to its live tree; test fakes apply them to
 * a fixed tree, so a module's unit tests run against the very rules production runs. Modules call
 * {@link AuthorizationService}, never this class: the service is where authorisation is decided
 * (and where it may one day consult more than the tree).
 *
 * @since 1.3
 */
public final class AccessRules {
    private AccessRules() {
    }

    /** {@link AuthorizationService#holds}: a grant of any of {@code anyOf} (or ADMIN) at {@code orgId} or an ancestor. */
    public static boolean holds(OrgTree tree, Caller caller, long orgId, Role... anyOf) {
        if (caller.system()) {
            return true;
        }
        for (RoleGrant g : caller.grants()) {
            if ((g.role() == Role.ADMIN || contains(anyOf, g.role())) && tree.isWithin(orgId, g.orgId())) {
                return true;
            }
        }
        return false;
    }

    /** {@link AuthorizationService#require}: {@link #holds}, else 403 with the platform's wording. */
    public static void require(OrgTree tree, Caller caller, long orgId, Role... anyOf) {
        if (!holds(tree, caller, orgId, anyOf)) {
            throw ProblemException.forbidden("Bạn không có quyền thực hiện thao tác này tại đơn vị đã chọn.");
        }
    }

    /**
     * {@link AuthorizationService#canRead}: content addressed to {@code audienceOrgId} reaches the
     * caller's cell (the audience is the cell or an ancestor of it), or the caller holds a role other
     * than MEMBER over the audience.
     */
    public static boolean canRead(OrgTree tree, Caller caller, long audienceOrgId) {
        if (caller.system()) {
            return true;
        }
        if (caller.cellId() != null && tree.isWithin(caller.cellId(), audienceOrgId)) {
            return true;
        }
        for (RoleGrant g : caller.grants()) {
            if (g.role() != Role.MEMBER && tree.isWithin(audienceOrgId, g.orgId())) {
                return true;
            }
        }
        return false;
    }

    /** {@link AuthorizationService#visibility}: the cell's path and the scopes of the non-MEMBER grants. */
    public static Visibility visibility(OrgTree tree, Caller caller) {
        List<Long> path = caller.cellId() == null ? List.of() : tree.pathIds(caller.cellId());
        Set<Long> scopes = new HashSet<>();
        for (RoleGrant g : caller.grants()) {
            if (g.role() != Role.MEMBER) {
                scopes.add(g.orgId());
            }
        }
        return new Visibility(path, Set.copyOf(scopes));
    }

    /** May {@code caller} grant or revoke {@code role} at {@code orgId}? ADMIN takes ADMIN, other roles COMMITTEE. */
    public static boolean canGrant(OrgTree tree, Caller caller, Role role, long orgId) {
        return role == Role.ADMIN ? holds(tree, caller, orgId, Role.ADMIN) : holds(tree, caller, orgId, Role.COMMITTEE);
    }

    private static boolean contains(Role[] roles, Role r) {
        for (Role x : roles) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }
}
