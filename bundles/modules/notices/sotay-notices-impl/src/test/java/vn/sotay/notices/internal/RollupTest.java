package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sotay.testing.Trees.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.notices.internal.Rollup.Tally;
import vn.sotay.spi.stats.MetricProvider;
import vn.sotay.testing.Trees;

class RollupTest {
    private static final Map<Long, Long> COUNTED = Map.of(CB01, 10L, CBVP, 4L, XSL_CB01, 7L);

    @Test
    void rollsCellsUpToDirectChildrenOfTheAudienceInTreeOrder() {
        Map<Long, Tally> receipts = Map.of(CB01, new Tally(6, 3), CBVP, new Tally(4, 4), XSL_CB01, new Tally(5, 5));
        NoticeStats s = Rollup.stats(42, TREE, TP, COUNTED, receipts);
        assertEquals(new NoticeStats(42, 14, 10, 7, 0.7143, 0.5, List.of(
                new NoticeStats.Child(CBVP, "Chi bộ Văn phòng", 4, 4, 4, 1.0, 1.0),
                new NoticeStats.Child(PBT, "Đảng ủy phường Bình Thạnh", 10, 6, 3, 0.6, 0.3))), s);
    }

    @Test
    void rootAudienceListsEveryDistrictIncludingEmptyOnes() {
        NoticeStats s = Rollup.stats(1, TREE, TU, COUNTED, Map.of(XSL_CB01, new Tally(7, 0)));
        assertEquals(21, s.recipients());
        assertEquals(7, s.read());
        assertEquals(0.3333, s.readRate());
        assertEquals(List.of(SH, TP, DUK), s.children().stream().map(NoticeStats.Child::orgId).toList());
        NoticeStats.Child duk = s.children().get(2);
        assertEquals(new NoticeStats.Child(DUK, "Đảng ủy Khối", 0, 0, 0, 0.0, 0.0), duk);
        assertEquals(1.0, s.children().get(0).readRate());
        assertEquals(0.0, s.children().get(1).readRate());
    }

    @Test
    void aCellAudienceCountsOnlyInTheTotals() {
        NoticeStats s = Rollup.stats(7, TREE, CB01, COUNTED, Map.of(CB01, new Tally(2, 1), CBVP, new Tally(4, 4)));
        assertEquals(new NoticeStats(7, 10, 2, 1, 0.2, 0.1, List.of()), s);
    }

    @Test
    void ratesAreRoundedCappedAndZeroWithoutRecipients() {
        assertEquals(0.6667, Rollup.rate(2, 3));
        assertEquals(0.0, Rollup.rate(5, 0));
        assertEquals(1.0, Rollup.rate(11, 10));
        NoticeStats s = Rollup.stats(3, TREE, DUK, COUNTED, Map.of());
        assertEquals(new NoticeStats(3, 0, 0, 0, 0.0, 0.0, List.of()), s);
    }

    @Test
    void metricTotalsIncludeTheNodeItselfAndSplitByChild() {
        Map<Long, Long> byAudience = new LinkedHashMap<>();
        byAudience.put(TU, 1L);
        byAudience.put(TP, 2L);
        byAudience.put(PBT, 3L);
        byAudience.put(CB01, 4L);
        byAudience.put(XSL_CB01, 5L);
        byAudience.put(999L, 6L); // a node no longer in the tree
        MetricProvider.Value v = MetricProvider.Value.rollUp(TREE, TP, byAudience);
        assertEquals(9, v.total());
        assertEquals(Map.of(CBVP, 0L, PBT, 7L), v.byChild());
        assertEquals(List.of(CBVP, PBT), List.copyOf(v.byChild().keySet()));
        MetricProvider.Value all = MetricProvider.Value.rollUp(TREE, TU, byAudience);
        assertEquals(15, all.total());
        assertEquals(Map.of(TP, 9L, SH, 5L, DUK, 0L), all.byChild());
    }
}
