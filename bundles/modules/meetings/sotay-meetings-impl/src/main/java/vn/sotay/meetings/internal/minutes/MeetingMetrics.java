package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import vn.sotay.meetings.internal.MeetingsStore;

/**
 * The figures behind the meetings' metrics, per organisation node, for the months the period
 * {@code [from, to)} touches (months of Asia/Ho_Chi_Minh, the MONTH_KEY of the meetings); pure
 * over {@link OverviewStore#months}.
 */
final class MeetingMetrics {
    private MeetingMetrics() {
    }

    static int[] months(Instant from, Instant to) {
        Instant last = to.isAfter(from) ? to.minusMillis(1) : from;
        return new int[] {MeetingsStore.monthKey(from), MeetingsStore.monthKey(last)};
    }

    /** Meetings held (opened), counted at their holding organisation. */
    static Map<Long, Long> held(OverviewStore.Month m) {
        Map<Long, Long> out = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        m.taking().stream().filter(OverviewStore.Taking::held).filter(t -> seen.add(t.meetingId()))
                .forEach(t -> out.merge(t.holderId(), 1L, Long::sum));
        return out;
    }

    /** Organisations that took part in a held meeting: 1 each. */
    static Map<Long, Long> used(OverviewStore.Month m) {
        Map<Long, Long> out = new HashMap<>();
        m.taking().stream().filter(OverviewStore.Taking::held).forEach(t -> out.put(t.orgId(), 1L));
        return out;
    }

    /** Members present, counted ones only (exempt excluded), per cell. */
    static Map<Long, Long> present(OverviewStore.Month m) {
        Map<Long, Long> out = new HashMap<>();
        m.turnout().forEach((cell, t) -> out.put(cell, t.present()));
        return out;
    }

    /** Meetings whose grade (confirmed, else the cell's own) is {@code g}, at their holding organisation. */
    static Map<Long, Long> rated(OverviewStore.Month m, Grade g) {
        Map<Long, Long> out = new HashMap<>();
        m.ratings().stream().filter(r -> r.grade() == g).forEach(r -> out.merge(r.orgId(), 1L, Long::sum));
        return out;
    }

    static Map<Long, Long> ratedGood(OverviewStore.Month m) {
        return rated(m, Grade.GOOD);
    }
}
