package vn.sotay.platform.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.org.OrgTree;

/** The authorisation rules as pure functions of a tree snapshot and a caller (unit-tested). */
final class Authorizer {
    private Authorizer() {
    }

    static boolean holds(OrgTree tree, Caller caller, long orgId, Role... anyOf) {
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

    static boolean canRead(OrgTree tree, Caller caller, long audienceOrgId) {
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

    static Visibility visibility(OrgTree tree, Caller caller) {
        List<Long> path = caller.cellId() == null ? List.of() : tree.pathIds(caller.cellId());
        Set<Long> scopes = new HashSet<>();
        for (RoleGrant g : caller.grants()) {
            if (g.role() != Role.MEMBER) {
                scopes.add(g.orgId());
            }
        }
        return new Visibility(path, Set.copyOf(scopes));
    }

    /** May {@code caller} grant or revoke {@code role} at {@code orgId}? */
    static boolean canGrant(OrgTree tree, Caller caller, Role role, long orgId) {
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
