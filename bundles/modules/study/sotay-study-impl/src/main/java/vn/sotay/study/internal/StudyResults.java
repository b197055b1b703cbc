package vn.sotay.study.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.stats.MetricProvider.Value;
import vn.sotay.study.internal.Rows.Attempt;

/**
 * Results of the quizzes and contests taken in a period, per cell, for the metrics: one result per
 * member and contest (the best attempt, as the rankings take it), counted at the member's cell when
 * the attempt was started. A contest's pass mark is its {@code passPercent}.
 */
final class StudyResults {
    /** A member's result at one contest: the cell, the best percent, whether it reached the mark. */
    record Result(long cellId, double percent, boolean passed) {
    }

    private StudyResults() {
    }

    /** The best result per member and contest among {@code attempts} (contests without a known mark are left out). */
    static List<Result> best(Collection<Attempt> attempts, Map<Long, Integer> passPercents) {
        Map<List<Long>, Attempt> best = new HashMap<>();
        for (Attempt a : attempts) {
            if (a.score() == null || a.total() <= 0 || !passPercents.containsKey(a.contestId())) {
                continue;
            }
            best.merge(List.of(a.contestId(), a.memberId()), a, (x, y) -> ratio(y) > ratio(x) ? y : x);
        }
        return best.values().stream().map(a -> new Result(a.cellId(), ratio(a) * 100,
                a.score() * 100 >= passPercents.get(a.contestId()) * a.total())).toList();
    }

    private static double ratio(Attempt a) {
        return a.score() * 1.0 / a.total();
    }

    /** Results per cell (participation). */
    static Map<Long, Long> participants(List<Result> results) {
        Map<Long, Long> out = new HashMap<>();
        results.forEach(r -> out.merge(r.cellId(), 1L, Long::sum));
        return out;
    }

    /** Results that reached the mark, per cell. */
    static Map<Long, Long> passed(List<Result> results) {
        Map<Long, Long> out = new HashMap<>();
        results.stream().filter(Result::passed).forEach(r -> out.merge(r.cellId(), 1L, Long::sum));
        return out;
    }

    /**
     * The average percent (rounded, 0 to 100) over the subtree of {@code orgId} and per direct child:
     * an average, not a sum, so it is rolled up from the sums and counts; 0 where nobody took part.
     */
    static Value averagePercent(OrgTree tree, long orgId, List<Result> results) {
        Map<Long, Long> tenths = new HashMap<>();
        results.forEach(r -> tenths.merge(r.cellId(), Math.round(r.percent() * 10), Long::sum));
        Value sum = Value.rollUp(tree, orgId, tenths);
        Value count = Value.rollUp(tree, orgId, participants(results));
        Map<Long, Long> byChild = new java.util.LinkedHashMap<>();
        sum.byChild().forEach((child, s) -> byChild.put(child, average(s, count.byChild().getOrDefault(child, 0L))));
        return new Value(average(sum.total(), count.total()), byChild);
    }

    private static long average(long tenths, long n) {
        return n == 0 ? 0 : Math.round(tenths / 10.0 / n);
    }
}
