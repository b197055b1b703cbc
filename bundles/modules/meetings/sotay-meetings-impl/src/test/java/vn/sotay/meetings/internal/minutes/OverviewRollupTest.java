package vn.sotay.meetings.internal.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.sotay.testing.Trees;

/** The overview of TP for November 2026: one cell met (announced on time, recorded, rated), one did not. */
class OverviewRollupTest {
    @Test
    void cellsChildrenAndTotals() {
        Instant early = Instant.parse("2026-10-20T10:00:00Z");     // 17:00 on the 20th in Hà Nội: on time
        OverviewStore.Month month = new OverviewStore.Month(
                List.of(new OverviewStore.Taking(Trees.CB01, 7, Trees.CB01, "CLOSED", early),
                        new OverviewStore.Taking(Trees.XSL_CB01, 8, Trees.XSL_CB01, "CLOSED", early)),
                Set.of(7L), Map.of(Trees.CB01, new OverviewStore.Turnout(9, 12)),
                List.of(new Rating(7, Trees.CB01, Grade.GOOD, Map.of(), null, 1, early, Grade.FAIR, "x", 2L, early)));
        Overview o = OverviewRollup.build(Trees.TREE, Trees.TP, 202611, month);
        assertEquals("2026-11", o.month());
        assertEquals(2, o.total().cells(), "CB01 and CBVP; SH's cell is outside");
        assertEquals(1, o.total().held());
        assertEquals(1, o.total().unused());
        assertEquals(1, o.total().fair(), "the confirmed grade counts");
        assertEquals(0.75, o.total().attendanceRate());
        Overview.Cell cb01 = o.cells().stream().filter(c -> c.orgId() == Trees.CB01).findFirst().orElseThrow();
        assertTrue(cb01.announcedOnTime() && cb01.recorded());
        assertEquals(Grade.GOOD, cb01.selfGrade());
        assertEquals(Trees.PBT, cb01.childId());
        Overview.Cell cbvp = o.cells().stream().filter(c -> c.orgId() == Trees.CBVP).findFirst().orElseThrow();
        assertFalse(cbvp.announced());
        assertEquals(2, o.children().size());
        assertEquals(1, o.children().stream().filter(r -> r.orgId() == Trees.PBT).findFirst().orElseThrow().held());
        assertEquals(Instant.parse("2026-10-20T17:00:00Z"), OverviewRollup.onTimeBefore(202611));
        assertEquals(2, MeetingMetrics.held(month).size());
        assertEquals(1L, MeetingMetrics.ratedGood(new OverviewStore.Month(List.of(), Set.of(), Map.of(),
                List.of(new Rating(7, Trees.CB01, Grade.GOOD, Map.of(), null, 1, early, null, null, null, null)))).get(Trees.CB01));
    }
}
