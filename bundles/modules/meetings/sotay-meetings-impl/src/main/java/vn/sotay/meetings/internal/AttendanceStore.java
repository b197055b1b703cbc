package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.entity.AttendeeEntity;

/** The roll and attendance (MEETINGS_ATTENDEE): one indexed row per (meeting, member). */
@Component(service = AttendanceStore.class)
public class AttendanceStore {
    private final PersistenceUnit unit;
    private final MemberService members;

    @Activate
    public AttendanceStore(@Reference MeetingsStore meetings, @Reference MemberService members) {
        this.unit = meetings.unit();
        this.members = members;
    }

    /** The roll with names (one member query for the whole roll), by cell and name. */
    public List<Attendee> roll(long meetingId) {
        List<AttendeeEntity> rows = unit.read(em -> em.createQuery("SELECT a FROM MeetingAttendee a WHERE a.meetingId = :m"
                + " ORDER BY a.cellId, a.id", AttendeeEntity.class).setParameter("m", meetingId).getResultList());
        Map<Long, Member> named = members.getAll(rows.stream().map(a -> a.memberId).toList());
        return rows.stream().map(a -> attendee(a, named.get(a.memberId))).toList();
    }

    /** One member's row, or {@code null} when not on the roll. */
    public Attendee of(long meetingId, long memberId) {
        AttendeeEntity a = row(meetingId, memberId);
        return a == null ? null : attendee(a, members.get(memberId).orElse(null));
    }

    /**
     * Sets a member's attendance; {@code false} when the member is not on the roll. Idempotent:
     * checking in twice keeps the first time. Committed together with other check-ins and marks
     * arriving at the same moment ({@code PersistenceUnit.writeTogether}): one disk sync for many.
     */
    public boolean set(long meetingId, long memberId, Attendee.State state, Attendee.How how, String reason, Long by,
            Instant now) {
        return unit.writeTogether(em -> {
            List<AttendeeEntity> rows = em.createQuery("SELECT a FROM MeetingAttendee a WHERE a.meetingId = :m AND a.memberId = :p",
                    AttendeeEntity.class).setParameter("m", meetingId).setParameter("p", memberId).getResultList();
            if (rows.isEmpty()) {
                return false;
            }
            AttendeeEntity a = rows.get(0);
            if (state == Attendee.State.PRESENT && Attendee.State.PRESENT.name().equals(a.state)) {
                return true;
            }
            a.state = state.name();
            a.how = how == null ? null : how.name();
            a.reason = reason;
            a.markedBy = by;
            a.checkedInAt = state == Attendee.State.PRESENT ? utc(now) : null;
            if (how == Attendee.How.REPORTED) {
                a.reportedAt = utc(now);
            }
            return true;
        });
    }

    /** The ids of the members on the roll (who the inbox tells). */
    public List<Long> memberIds(long meetingId) {
        return unit.read(em -> em.createQuery("SELECT a.memberId FROM MeetingAttendee a WHERE a.meetingId = :m ORDER BY a.id",
                Long.class).setParameter("m", meetingId).getResultList());
    }

    /** The roll's counts and rates: one grouped query. */
    public AttendanceSummary summary(long meetingId) {
        List<Object[]> rows = unit.read(em -> em.createQuery("SELECT a.state, a.statusAtInvite, COUNT(a) FROM MeetingAttendee a"
                + " WHERE a.meetingId = :m GROUP BY a.state, a.statusAtInvite", Object[].class)
                .setParameter("m", meetingId).getResultList());
        int[] counted = new int[Attendee.State.values().length];
        int invited = 0, exempt = 0;
        for (Object[] r : rows) {
            int n = ((Number) r[2]).intValue();
            invited += n;
            if (vn.sotay.api.member.Eligibility.countsInRates(MemberStatus.valueOf((String) r[1]))) {
                counted[Attendee.State.valueOf((String) r[0]).ordinal()] += n;
            } else {
                exempt += n;
            }
        }
        return AttendanceSummary.of(meetingId, invited, exempt, counted);
    }

    private AttendeeEntity row(long meetingId, long memberId) {
        return unit.read(em -> em.createQuery("SELECT a FROM MeetingAttendee a WHERE a.meetingId = :m AND a.memberId = :p",
                AttendeeEntity.class).setParameter("m", meetingId).setParameter("p", memberId).getResultList()
                .stream().findFirst().orElse(null));
    }

    private static Attendee attendee(AttendeeEntity a, Member m) {
        return new Attendee(a.memberId, m == null ? null : m.fullName(), a.cellId, MemberStatus.valueOf(a.statusAtInvite),
                Attendee.State.valueOf(a.state), a.how == null ? null : Attendee.How.valueOf(a.how), a.reason,
                instant(a.reportedAt), instant(a.checkedInAt));
    }
}
