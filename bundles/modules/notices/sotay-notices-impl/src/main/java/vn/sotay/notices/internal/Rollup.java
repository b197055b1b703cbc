package vn.sotay.notices.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/** Rolls per-cell figures up to the direct children of a node, from the in-memory tree; pure. */
final class Rollup {

    /** Receipts of one cell: how many members read and how many acknowledged. */
    record Tally(long read, long acknowledged) {
    }

    private Rollup() {
    }

    /**
     * Read statistics of a notice addressed to {@code audienceId}. Denominators are the counted
     * members per cell; cells and receipts outside the audience subtree are ignored; a cell that is
     * the audience node itself counts in the totals only.
     */
    static NoticeStats stats(long noticeId, OrgTree tree, long audienceId, Map<Long, Long> countedByCell,
            Map<Long, Tally> receiptsByCell) {
        Map<Long, long[]> perChild = new LinkedHashMap<>();
        for (OrgNode child : tree.children(audienceId)) {
            perChild.put(child.id(), new long[3]);
        }
        long[] total = new long[3];
        countedByCell.forEach((cell, n) -> add(tree, audienceId, cell, perChild, total, 0, n));
        receiptsByCell.forEach((cell, t) -> {
            add(tree, audienceId, cell, perChild, total, 1, t.read());
            add(tree, audienceId, cell, perChild, total, 2, t.acknowledged());
        });
        List<NoticeStats.Child> children = new ArrayList<>(perChild.size());
        perChild.forEach((id, f) -> children.add(new NoticeStats.Child(id, tree.node(id).name(), f[0], f[1], f[2],
                rate(f[1], f[0]), rate(f[2], f[0]))));
        return new NoticeStats(noticeId, total[0], total[1], total[2], rate(total[1], total[0]),
                rate(total[2], total[0]), children);
    }

    /** {@code n / d} rounded to 4 decimals, capped at 1 (a member may read, then be exempted); 0 when {@code d} is 0. */
    static double rate(long n, long d) {
        if (d <= 0) {
            return 0;
        }
        return Math.min(1.0, BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP).doubleValue());
    }

    private static void add(OrgTree tree, long audienceId, long cell, Map<Long, long[]> perChild, long[] total,
            int slot, long n) {
        if (n == 0 || !tree.isWithin(cell, audienceId)) {
            return;
        }
        total[slot] += n;
        Long child = tree.childTowards(audienceId, cell);
        long[] f = child == null ? null : perChild.get(child);
        if (f != null) {
            f[slot] += n;
        }
    }
}
