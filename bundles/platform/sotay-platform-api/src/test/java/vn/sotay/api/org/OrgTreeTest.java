package vn.sotay.api.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrgTreeTest {

    /** Province 1 → districts 2, 3 → grassroots 4 (under 2) → cells 5, 6 (under 4); cell 7 directly under 3. */
    static OrgTree small() {
        return OrgTree.of(List.of(
                new OrgNode(1, "TU", "Tỉnh ủy", OrgType.PROVINCE, null, "/1/"),
                new OrgNode(2, "TP", "Thành ủy", OrgType.DISTRICT, 1L, "/1/2/"),
                new OrgNode(3, "SH", "Huyện ủy", OrgType.DISTRICT, 1L, "/1/3/"),
                new OrgNode(4, "TP-P", "Đảng ủy phường", OrgType.GRASSROOTS, 2L, "/1/2/4/"),
                new OrgNode(5, "TP-P-1", "Chi bộ 1", OrgType.CELL, 4L, "/1/2/4/5/"),
                new OrgNode(6, "TP-P-2", "Chi bộ 2", OrgType.CELL, 4L, "/1/2/4/6/"),
                new OrgNode(7, "SH-CB", "Chi bộ cơ sở", OrgType.CELL, 3L, "/1/3/7/")));
    }

    @Test
    void subtreeMembershipIsAPrefixTest() {
        OrgTree t = small();
        assertTrue(t.isWithin(5, 1));
        assertTrue(t.isWithin(5, 2));
        assertTrue(t.isWithin(5, 5));
        assertFalse(t.isWithin(5, 3));
        assertFalse(t.isWithin(2, 5));
        assertFalse(t.isWithin(7, 2));
        assertFalse(t.isWithin(99, 1), "unknown ids are inside nothing");
    }

    @Test
    void pathsAndChildren() {
        OrgTree t = small();
        assertEquals(List.of(1L, 2L, 4L, 5L), t.pathIds(5));
        assertEquals(2L, t.childTowards(1, 5));
        assertEquals(4L, t.childTowards(2, 6));
        assertNull(t.childTowards(5, 5), "not strictly below");
        assertNull(t.childTowards(3, 5), "not below at all");
        assertEquals(List.of("Chi bộ 1", "Chi bộ 2"), t.children(4).stream().map(OrgNode::name).toList());
        assertEquals(3, t.node(5).depth());
        assertEquals("SH-CB", t.byCode("SH-CB").code());
        assertEquals(List.of(2L, 4L, 5L, 6L), t.subtree(2).stream().map(OrgNode::id).toList());
    }

    @Test
    void tenThousandNodesAnswerFromMemory() {
        List<OrgNode> nodes = new ArrayList<>();
        nodes.add(new OrgNode(1, "R", "Root", OrgType.PROVINCE, null, "/1/"));
        long id = 2;
        for (int d = 0; d < 20; d++) {
            long district = id++;
            nodes.add(new OrgNode(district, "D" + district, "District " + d, OrgType.DISTRICT, 1L, "/1/" + district + "/"));
            for (int g = 0; g < 25; g++) {
                long gr = id++;
                String gp = "/1/" + district + "/" + gr + "/";
                nodes.add(new OrgNode(gr, "G" + gr, "G" + gr, OrgType.GRASSROOTS, district, gp));
                for (int c = 0; c < 19; c++) {
                    long cell = id++;
                    nodes.add(new OrgNode(cell, "C" + cell, "C" + cell, OrgType.CELL, gr, gp + cell + "/"));
                }
            }
        }
        long start = System.nanoTime();
        OrgTree t = OrgTree.of(nodes);
        assertEquals(10_021, t.size());
        assertEquals(10_021, t.subtree(1).size());
        assertEquals(1 + 25 * 20, t.subtree(2).size());
        long last = id - 1;
        assertTrue(t.isWithin(last, 1));
        assertEquals(4, t.pathIds(last).size());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 2_000, "building and walking 10,000 nodes took " + ms + " ms");
    }

    @Test
    void typesParseAsPeopleWriteThem() {
        assertEquals(OrgType.CELL, OrgType.parse("Chi bộ"));
        assertEquals(OrgType.CELL, OrgType.parse("chi bo"));
        assertEquals(OrgType.DISTRICT, OrgType.parse("Huyện ủy"));
        assertEquals(OrgType.GRASSROOTS, OrgType.parse("đảng bộ cơ sở"));
        assertEquals(OrgType.PROVINCE, OrgType.parse("PROVINCE"));
        assertNull(OrgType.parse("chi đoàn"));
    }
}
