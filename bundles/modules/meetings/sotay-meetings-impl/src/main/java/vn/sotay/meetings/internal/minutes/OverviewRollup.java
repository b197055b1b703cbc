package vn.sotay.meetings.internal.minutes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.meetings.internal.MeetingsStore;

/** Builds the overview of a subtree from a month's figures and the in-memory tree; pure. */
final class OverviewRollup {
    static final int CELLS_MAX = 2000;

    private OverviewRollup() {
    }

    /** The first instant after the 20th of the month before {@code month}: an announcement before it is on time. */
    static Instant onTimeBefore(int monthKey) {
        return LocalDate.of(monthKey / 100, monthKey % 100, 1).minusMonths(1).withDayOfMonth(21)
                .atStartOfDay(MeetingsStore.ZONE).toInstant();
    }

    static Overview build(OrgTree tree, long orgId, int monthKey, OverviewStore.Month month) {
        Instant deadline = onTimeBefore(monthKey);
        Map<Long, List<OverviewStore.Taking>> byOrg = new HashMap<>();
        month.taking().forEach(t -> byOrg.computeIfAbsent(t.orgId(), k -> new ArrayList<>()).add(t));
        Map<Long, Rating> ratedByOrg = new HashMap<>();
        month.ratings().forEach(r -> ratedByOrg.put(r.orgId(), r));
        Map<Long, long[]> perChild = new LinkedHashMap<>();
        tree.children(orgId).forEach(ch -> perChild.put(ch.id(), new long[15]));
        long[] total = new long[15];
        List<Overview.Cell> cells = new ArrayList<>();
        boolean truncated = false;
        for (OrgNode n : tree.subtree(orgId)) {
            if (n.type() != OrgType.CELL) {
                continue;
            }
            List<OverviewStore.Taking> ts = byOrg.getOrDefault(n.id(), List.of());
            boolean announced = !ts.isEmpty();
            boolean onTime = ts.stream().anyMatch(t -> t.announcedAt() != null && t.announcedAt().isBefore(deadline));
            boolean held = ts.stream().anyMatch(OverviewStore.Taking::held);
            boolean recorded = ts.stream().anyMatch(t -> month.locked().contains(t.meetingId()));
            OverviewStore.Turnout turn = month.turnout().getOrDefault(n.id(), new OverviewStore.Turnout(0, 0));
            Rating r = ratedByOrg.get(n.id());
            Long child = n.id() == orgId ? null : tree.childTowards(orgId, n.id());
            long[] f = new long[15];
            f[0] = 1;
            f[1] = announced ? 1 : 0;
            f[2] = onTime ? 1 : 0;
            f[3] = held ? 1 : 0;
            f[4] = recorded ? 1 : 0;
            f[5] = announced ? 0 : 1;
            f[6] = turn.present();
            f[7] = turn.counted();
            if (r != null) {
                f[8 + r.grade().ordinal()] = 1;
                f[12] = r.confirmedGrade() != null ? 1 : 0;
            }
            add(total, f);
            if (child != null && perChild.containsKey(child)) {
                add(perChild.get(child), f);
            }
            if (cells.size() < CELLS_MAX) {
                cells.add(new Overview.Cell(n.id(), n.name(), child, announced, onTime, held, recorded, turn.present(),
                        turn.counted(), rate(turn.present(), turn.counted()), r == null ? null : r.selfGrade(),
                        r == null ? null : r.confirmedGrade(), r == null ? null : r.meetingId()));
            } else {
                truncated = true;
            }
        }
        List<Overview.Row> children = new ArrayList<>();
        perChild.forEach((id, f) -> children.add(row(id, tree.node(id).name(), f)));
        OrgNode self = tree.node(orgId);
        return new Overview(orgId, self.name(), String.format("%04d-%02d", monthKey / 100, monthKey % 100),
                row(orgId, self.name(), total), children, cells, truncated);
    }

    private static void add(long[] into, long[] f) {
        for (int i = 0; i < f.length; i++) {
            into[i] += f[i];
        }
    }

    private static Overview.Row row(long id, String name, long[] f) {
        return new Overview.Row(id, name, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], rate(f[6], f[7]), f[8], f[9],
                f[10], f[11], f[12]);
    }

    /** {@code n / d} to 4 decimals, capped at 1; 0 when {@code d} is 0 (as the notices' rates). */
    static double rate(long n, long d) {
        return d <= 0 ? 0 : Math.min(1.0, BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP)
                .doubleValue());
    }
}
