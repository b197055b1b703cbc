package vn.sotay.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;

class AccessRulesTest {
    /** 1 province; 2 district X (4 grassroots → 5, 6 cells); 3 district Y (7 cell). */
    private final OrgTree tree = OrgTree.of(List.of(
            new OrgNode(1, "TU", "Tỉnh ủy", OrgType.PROVINCE, null, "/1/"),
            new OrgNode(2, "X", "Huyện X", OrgType.DISTRICT, 1L, "/1/2/"),
            new OrgNode(3, "Y", "Huyện Y", OrgType.DISTRICT, 1L, "/1/3/"),
            new OrgNode(4, "X-G", "Đảng ủy", OrgType.GRASSROOTS, 2L, "/1/2/4/"),
            new OrgNode(5, "X-G-1", "Chi bộ A", OrgType.CELL, 4L, "/1/2/4/5/"),
            new OrgNode(6, "X-G-2", "Chi bộ B", OrgType.CELL, 4L, "/1/2/4/6/"),
            new OrgNode(7, "Y-1", "Chi bộ C", OrgType.CELL, 3L, "/1/3/7/")));

    private static Caller caller(Long cell, RoleGrant... grants) {
        List<RoleGrant> all = new java.util.ArrayList<>(List.of(grants));
        if (cell != null) {
            all.add(0, new RoleGrant(Role.MEMBER, cell));
        }
        return new Caller(10, 20L, "Nguyễn Văn A", cell, all);
    }

    @Test
    void aRoleHoldsForTheWholeSubtreeAndNowhereElse() {
        Caller committeeX = caller(5L, new RoleGrant(Role.COMMITTEE, 2));
        assertTrue(AccessRules.holds(tree, committeeX, 2, Role.COMMITTEE));
        assertTrue(AccessRules.holds(tree, committeeX, 6, Role.COMMITTEE), "inside X");
        assertFalse(AccessRules.holds(tree, committeeX, 7, Role.COMMITTEE), "district Y");
        assertFalse(AccessRules.holds(tree, committeeX, 1, Role.COMMITTEE), "above X");
        assertFalse(AccessRules.holds(tree, committeeX, 2, Role.EDITOR), "other role");
    }

    @Test
    void adminImpliesEveryRoleInItsSubtree() {
        Caller admin = caller(null, new RoleGrant(Role.ADMIN, 3));
        assertTrue(AccessRules.holds(tree, admin, 7, Role.SECRETARY, Role.COMMITTEE));
        assertFalse(AccessRules.holds(tree, admin, 5, Role.SECRETARY));
        assertTrue(AccessRules.holds(tree, Caller.SYSTEM, 5, Role.ADMIN));
    }

    @Test
    void aMemberReadsWhatIsAddressedToTheCellOrAnAncestor() {
        Caller memberA = caller(5L);
        assertTrue(AccessRules.canRead(tree, memberA, 5));
        assertTrue(AccessRules.canRead(tree, memberA, 2));
        assertTrue(AccessRules.canRead(tree, memberA, 1));
        assertFalse(AccessRules.canRead(tree, memberA, 6), "sibling cell");
        assertFalse(AccessRules.canRead(tree, memberA, 7), "other district");
        assertFalse(AccessRules.holds(tree, memberA, 5, Role.SECRETARY), "member is not staff");
    }

    @Test
    void staffReadsWhatWasSentInsideItsSubtree() {
        Caller secretaryB = caller(5L, new RoleGrant(Role.SECRETARY, 6));
        assertTrue(AccessRules.canRead(tree, secretaryB, 6));
        assertFalse(AccessRules.canRead(tree, secretaryB, 7));
        var v = AccessRules.visibility(tree, secretaryB);
        assertEquals(List.of(1L, 2L, 4L, 5L), v.memberPath());
        assertEquals(Set.of(6L), v.staffScopes());
    }

    @Test
    void aCommitteeGrantsOnlyInsideItsSubtreeAndNeverAdmin() {
        Caller committeeX = caller(5L, new RoleGrant(Role.COMMITTEE, 2));
        assertTrue(AccessRules.canGrant(tree, committeeX, Role.SECRETARY, 5));
        assertFalse(AccessRules.canGrant(tree, committeeX, Role.SECRETARY, 7), "district Y");
        assertFalse(AccessRules.canGrant(tree, committeeX, Role.ADMIN, 5), "only admins grant admin");
        Caller admin = caller(null, new RoleGrant(Role.ADMIN, 1));
        assertTrue(AccessRules.canGrant(tree, admin, Role.ADMIN, 3));
    }
}
