package vn.sotay.study.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.rest.Description;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;

/**
 * Rankings of a closed contest, from each member's best scored attempt. Members not counted in rates
 * ({@link Eligibility#countsInRates}: exempt, transferred) are left out of every figure and list. The
 * denominator of a participation rate is the members counted in the organisation's subtree, or, for a
 * contest open to a role, its cells (one secretary each).
 */
final class Rankings {
    static final int TOP = 10;
    static final int TOP_PER_ORG = 3;

    private Rankings() {
    }

    public record RankedMember(int rank, long memberId, String name, long cellId, String cellName, int score, int total,
            @Description("Thời gian làm bài của lượt tốt nhất, giây") long seconds) {
    }

    public record OrgRanking(long orgId, String name, @Description("Số người phải dự thi") long expected,
            @Description("Số người đã dự thi") long participants,
            @Description("Tỷ lệ tham gia, phần trăm") double participationRate,
            @Description("Điểm trung bình, phần trăm số câu đúng") double averagePercent, List<RankedMember> top) {
    }

    public record ContestRankings(long contestId, String title, int total,
            @Description("Toàn cuộc thi (tổ chức của cuộc thi)") OrgRanking overall,
            @Description("Theo từng tổ chức trực thuộc, tỷ lệ tham gia cao trước") List<OrgRanking> organisations,
            @Description("Những người điểm cao nhất") List<RankedMember> top) {
    }

    static ContestRankings of(Contest k, OrgTree tree, List<Attempt> scored, Map<Long, Member> members,
            Map<Long, Long> countedByCell) {
        Map<Long, Attempt> best = new HashMap<>();
        for (Attempt a : scored) {
            Member m = members.get(a.memberId());
            if (m == null || !Eligibility.countsInRates(m.status())) {
                continue;
            }
            best.merge(a.memberId(), a, (x, y) -> better(y, x) ? y : x);
        }
        List<Attempt> order = new ArrayList<>(best.values());
        order.sort((x, y) -> better(x, y) ? -1 : better(y, x) ? 1 : Long.compare(x.memberId(), y.memberId()));
        List<RankedMember> ranked = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Attempt a = order.get(i);
            ranked.add(new RankedMember(i + 1, a.memberId(), members.get(a.memberId()).fullName(), a.cellId(),
                    Views.name(tree, a.cellId()), a.score(), a.total(), seconds(a)));
        }
        List<OrgRanking> orgs = tree.children(k.orgId()).stream()
                .map(n -> org(k, tree, n, ranked, countedByCell, TOP_PER_ORG))
                .sorted(Comparator.comparingDouble(OrgRanking::participationRate).reversed()
                        .thenComparing(Comparator.comparingDouble(OrgRanking::averagePercent).reversed()))
                .toList();
        OrgRanking overall = org(k, tree, tree.node(k.orgId()), ranked, countedByCell, 0);
        return new ContestRankings(k.id(), k.title(), k.questionCount(), overall, orgs,
                ranked.subList(0, Math.min(TOP, ranked.size())));
    }

    private static OrgRanking org(Contest k, OrgTree tree, OrgNode n, List<RankedMember> ranked,
            Map<Long, Long> countedByCell, int top) {
        List<RankedMember> inside = ranked.stream().filter(r -> tree.isWithin(r.cellId(), n.id())).toList();
        long expected = 0;
        for (OrgNode x : tree.subtree(n.id())) {
            if (x.type() == OrgType.CELL) {
                expected += k.role() == null ? countedByCell.getOrDefault(x.id(), 0L) : 1;
            }
        }
        expected = Math.max(expected, inside.size());
        double rate = expected == 0 ? 0 : round(100.0 * inside.size() / expected);
        double avg = inside.isEmpty() || k.questionCount() == 0 ? 0
                : round(inside.stream().mapToInt(RankedMember::score).average().orElse(0) * 100.0 / k.questionCount());
        return new OrgRanking(n.id(), n.name(), expected, inside.size(), rate, avg,
                inside.subList(0, Math.min(top, inside.size())));
    }

    /** Higher score first, then the shorter time. */
    private static boolean better(Attempt x, Attempt y) {
        return x.score() > y.score() || x.score().equals(y.score()) && seconds(x) < seconds(y);
    }

    private static long seconds(Attempt a) {
        return Duration.between(a.startedAt(), a.submittedAt() != null ? a.submittedAt() : a.deadline()).toSeconds();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
