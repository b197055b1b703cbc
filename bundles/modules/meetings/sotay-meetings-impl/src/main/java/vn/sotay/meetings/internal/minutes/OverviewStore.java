package vn.sotay.meetings.internal.minutes;

import static vn.sotay.api.persistence.Sql.instant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.MeetingsStore;

/**
 * The figures of a month (MONTH_KEY, indexed) for the overview and the metrics, in four grouped
 * queries whatever the number of cells: meetings by taking-part organisation, locked minutes,
 * attendance by cell, state and status at invite, ratings. Rows of the whole province: the caller
 * keeps its subtree (the tree is in memory).
 */
@Component(service = OverviewStore.class)
public class OverviewStore {
    private static final List<String> HELD = List.of("OPEN", "CLOSED");

    /** A meeting an organisation took part in. */
    public record Taking(long orgId, long meetingId, long holderId, String status, Instant announcedAt) {
        boolean held() {
            return HELD.contains(status);
        }
    }

    /** Attendance of one cell: present and expected, counted members only (exempt excluded). */
    public record Turnout(long present, long counted) {
    }

    /** Everything of one month (or a range of months). */
    public record Month(List<Taking> taking, Set<Long> locked, Map<Long, Turnout> turnout, List<Rating> ratings) {
    }

    private final PersistenceUnit unit;
    private final RatingStore ratings;

    @Activate
    public OverviewStore(@Reference MeetingsStore meetings, @Reference RatingStore ratings) {
        this.unit = meetings.unit();
        this.ratings = ratings;
    }

    /** Months {@code from..to} (yyyymm, inclusive). */
    public Month months(int from, int to) {
        return unit.read(em -> {
            List<Taking> taking = em.createQuery("SELECT o.orgId, m.id, m.orgId, m.status, m.createdAt FROM MeetingOrg o,"
                    + " Meeting m WHERE o.meetingId = m.id AND m.monthKey BETWEEN :a AND :b AND m.status <> 'CANCELLED'",
                    Object[].class).setParameter("a", from).setParameter("b", to).getResultList().stream()
                    .map(r -> new Taking((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], instant((LocalDateTime) r[4])))
                    .toList();
            Set<Long> locked = new HashSet<>(em.createQuery("SELECT n.meetingId FROM MeetingMinutes n, Meeting m"
                    + " WHERE n.meetingId = m.id AND m.monthKey BETWEEN :a AND :b AND n.lockedAt IS NOT NULL", Long.class)
                    .setParameter("a", from).setParameter("b", to).getResultList());
            Map<Long, long[]> t = new HashMap<>();
            em.createQuery("SELECT a.cellId, a.state, a.statusAtInvite, COUNT(a) FROM MeetingAttendee a, Meeting m"
                    + " WHERE a.meetingId = m.id AND m.monthKey BETWEEN :a AND :b AND m.status IN :held"
                    + " GROUP BY a.cellId, a.state, a.statusAtInvite", Object[].class)
                    .setParameter("a", from).setParameter("b", to).setParameter("held", HELD).getResultList().forEach(r -> {
                        if (Eligibility.countsInRates(MemberStatus.valueOf((String) r[2]))) {
                            long[] f = t.computeIfAbsent((Long) r[0], k -> new long[2]);
                            long n = ((Number) r[3]).longValue();
                            f[1] += n;
                            if ("PRESENT".equals(r[1])) {
                                f[0] += n;
                            }
                        }
                    });
            Map<Long, Turnout> turnout = new HashMap<>();
            t.forEach((cell, f) -> turnout.put(cell, new Turnout(f[0], f[1])));
            return new Month(taking, locked, turnout, ratings.inMonths(em, from, to));
        });
    }

    /** Closed meetings of a month without minutes (the demo's work list): meeting id → the account that announced it. */
    public Map<Long, Long> closedWithoutMinutes(int monthKey) {
        Map<Long, Long> out = new java.util.LinkedHashMap<>();
        unit.read(em -> em.createQuery("SELECT m.id, m.createdBy FROM Meeting m WHERE m.monthKey = :k AND m.status = 'CLOSED'"
                + " AND NOT EXISTS (SELECT n.meetingId FROM MeetingMinutes n WHERE n.meetingId = m.id) ORDER BY m.id",
                Object[].class).setParameter("k", monthKey).getResultList())
                .forEach(r -> out.put((Long) r[0], ((Number) r[1]).longValue()));
        return out;
    }
}
