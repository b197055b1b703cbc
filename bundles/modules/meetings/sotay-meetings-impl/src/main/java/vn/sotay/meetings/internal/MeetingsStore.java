package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.member.Member;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.meetings.internal.Meeting.AgendaItem;
import vn.sotay.meetings.internal.entity.AgendaItemEntity;
import vn.sotay.meetings.internal.entity.AttendeeEntity;
import vn.sotay.meetings.internal.entity.HistoryEntity;
import vn.sotay.meetings.internal.entity.MaterialEntity;
import vn.sotay.meetings.internal.entity.OpinionEntity;
import vn.sotay.meetings.internal.entity.ReadingEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;
import vn.sotay.meetings.internal.entity.MeetingOrgEntity;
import vn.sotay.meetings.internal.minutes.entity.MinutesEntity;
import vn.sotay.meetings.internal.minutes.entity.MinutesSectionEntity;
import vn.sotay.meetings.internal.minutes.entity.RatingEntity;
import vn.sotay.meetings.internal.vote.entity.BallotEntity;
import vn.sotay.meetings.internal.vote.entity.BoxEntity;
import vn.sotay.meetings.internal.vote.entity.CandidateEntity;
import vn.sotay.meetings.internal.vote.entity.RollEntity;
import vn.sotay.meetings.internal.vote.entity.VoteEntity;

/**
 * The meetings' persistence unit and the meeting itself: announcing (meeting, taking-part
 * organisations, agenda and roll in one transaction), reading and status changes. Other parts of the
 * module (attendance, votes, minutes, ratings) keep their own store classes on {@link #unit()}.
 * Publishes a change event after each commit.
 */
@Component(service = MeetingsStore.class, immediate = true)
public class MeetingsStore {
    /** Months and days of meetings are those of the province. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PersistenceUnit unit;
    private final ChangeBus changes;

    @Activate
    public MeetingsStore(@Reference PersistenceService persistence, @Reference ChangeBus changes) {
        this(persistence.open(spec()), changes);
    }

    MeetingsStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    /** The unit: migrations run in order (script i is version i); add V2__*.sql after V1, never edit a released one. */
    static UnitSpec spec() {
        return new UnitSpec(MeetingsModule.ID, MeetingsStore.class.getClassLoader(),
                List.of(MeetingEntity.class, MeetingOrgEntity.class, AgendaItemEntity.class, AttendeeEntity.class,
                        HistoryEntity.class, MaterialEntity.class, ReadingEntity.class, OpinionEntity.class,
                        vn.sotay.meetings.internal.entity.FileEntity.class,
                        VoteEntity.class, CandidateEntity.class, BallotEntity.class, RollEntity.class, BoxEntity.class,
                        MinutesEntity.class, MinutesSectionEntity.class, RatingEntity.class),
                List.of("db/meetings/V1__init.sql", "db/meetings/V2__votes.sql", "db/meetings/V3__minutes.sql"));
    }

    /** The module's unit, for the other stores of the module. */
    public PersistenceUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** {@code yyyymm} of {@code at} in Asia/Ho_Chi_Minh. */
    public static int monthKey(Instant at) {
        ZonedDateTime z = at.atZone(ZONE);
        return z.getYear() * 100 + z.getMonthValue();
    }

    /** What an announcement stores; validated before (AnnounceValidation). */
    record NewMeeting(long orgId, List<Long> orgIds, Meeting.Kind kind, String title, String topic, Instant startsAt,
            Instant endsAt, String place, String onlineRoom, Long chairMemberId, Long clerkMemberId,
            List<String[]> agenda, List<String> materials, Collection<Member> roll, long createdBy, String byName,
            Instant now) {
    }

    /** Stores a new meeting with its organisations, agenda and roll; publishes its creation. */
    Meeting announce(NewMeeting n) {
        long id = unit.write(em -> {
            MeetingEntity m = new MeetingEntity();
            m.orgId = n.orgId();
            m.kind = n.kind().name();
            m.status = Meeting.Status.ANNOUNCED.name();
            m.title = n.title();
            m.topic = n.topic();
            m.startsAt = utc(n.startsAt());
            m.endsAt = utc(n.endsAt());
            m.monthKey = monthKey(n.startsAt());
            m.place = n.place();
            m.onlineRoom = n.onlineRoom();
            m.chairMemberId = n.chairMemberId();
            m.clerkMemberId = n.clerkMemberId();
            m.createdBy = n.createdBy();
            m.createdAt = utc(n.now());
            m.updatedAt = m.createdAt;
            em.persist(m);
            em.flush();
            for (long org : n.orgIds()) {
                MeetingOrgEntity o = new MeetingOrgEntity();
                o.meetingId = m.id;
                o.orgId = org;
                em.persist(o);
            }
            int pos = 0;
            for (String[] item : n.agenda()) {
                AgendaItemEntity a = new AgendaItemEntity();
                a.meetingId = m.id;
                a.pos = pos++;
                a.title = item[0];
                a.description = item[1];
                em.persist(a);
            }
            MeetingHistory.materials(em, m.id, n.materials());
            MeetingHistory.record(em, m.id, MeetingHistory.What.ANNOUNCED, n.createdBy(), n.byName(), n.now(), null,
                    n.startsAt(), null);
            for (Member member : n.roll()) {
                AttendeeEntity a = new AttendeeEntity();
                a.meetingId = m.id;
                a.memberId = member.id();
                a.cellId = member.cellId();
                a.statusAtInvite = member.status().name();
                a.state = Attendee.State.INVITED.name();
                em.persist(a);
            }
            return m.id;
        });
        changes.publishAndWait(ChangeEvent.created(MeetingsModule.ID, MeetingsModule.TYPE, id, n.orgId()), ChangeBus.WAIT);
        return find(id).orElseThrow();
    }

    Optional<Meeting> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(MeetingEntity.class, id)).map(m -> meetings(em, List.of(m)).get(0)));
    }

    /** The entity, for the module's other stores inside their own transaction; {@code null} if none. */
    public static MeetingEntity entity(EntityManager em, long id) {
        return em.find(MeetingEntity.class, id);
    }

    /** Is {@code memberId} on the meeting's roll? One indexed lookup. */
    public boolean onRoll(long meetingId, long memberId) {
        return unit.read(em -> !em.createQuery("SELECT a.id FROM MeetingAttendee a WHERE a.meetingId = :m AND a.memberId = :p",
                Long.class).setParameter("m", meetingId).setParameter("p", memberId).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * Meetings whose roll holds {@code memberId}: first those not yet over by {@code dayStart} (today's
     * first, then the coming ones, soonest first), then the past ones, latest first; {@code max} from
     * {@code offset}. At most three indexed queries.
     */
    List<Meeting> ofMember(long memberId, Instant dayStart, int offset, int max) {
        String base = "FROM Meeting m, MeetingAttendee a WHERE a.meetingId = m.id AND a.memberId = :p AND m.endsAt ";
        return unit.read(em -> {
            List<MeetingEntity> rows = new ArrayList<>(em.createQuery("SELECT m " + base + ">= :d ORDER BY m.startsAt, m.id",
                    MeetingEntity.class).setParameter("p", memberId).setParameter("d", utc(dayStart))
                    .setFirstResult(offset).setMaxResults(max).getResultList());
            if (rows.size() < max) {
                long coming = rows.isEmpty() ? em.createQuery("SELECT COUNT(m) " + base + ">= :d", Long.class)
                        .setParameter("p", memberId).setParameter("d", utc(dayStart)).getSingleResult() : offset + rows.size();
                rows.addAll(em.createQuery("SELECT m " + base + "< :d ORDER BY m.startsAt DESC, m.id DESC", MeetingEntity.class)
                        .setParameter("p", memberId).setParameter("d", utc(dayStart))
                        .setFirstResult((int) Math.max(0, offset - coming)).setMaxResults(max - rows.size()).getResultList());
            }
            return meetings(em, rows);
        });
    }

    /** The member's meetings overlapping {@code [from, to)}, not cancelled: one indexed query, no agenda. */
    List<MeetingEntity> calendar(long memberId, Instant from, Instant to, int max) {
        return unit.read(em -> em.createQuery("SELECT m FROM Meeting m, MeetingAttendee a WHERE a.memberId = :p"
                + " AND a.meetingId = m.id AND m.startsAt < :t AND m.endsAt > :f AND m.status <> 'CANCELLED' ORDER BY m.startsAt",
                MeetingEntity.class).setParameter("p", memberId).setParameter("f", utc(from)).setParameter("t", utc(to))
                .setMaxResults(max).getResultList());
    }

    /** Meetings {@code orgId} holds or takes part in, latest start first. */
    List<Meeting> ofOrg(long orgId, int offset, int max) {
        return unit.read(em -> meetings(em, em.createQuery("SELECT m FROM Meeting m, MeetingOrg o WHERE o.meetingId = m.id"
                + " AND o.orgId = :o ORDER BY m.startsAt DESC, m.id DESC", MeetingEntity.class)
                .setParameter("o", orgId).setFirstResult(offset).setMaxResults(max).getResultList()));
    }

    /** Sets the status (OPEN stamps openedAt and the check-in code, CLOSED closedAt); publishes the update. */
    Meeting setStatus(long id, Meeting.Status status, String checkinCode, long by, String byName, Instant now) {
        long org = unit.write(em -> {
            MeetingEntity m = em.find(MeetingEntity.class, id);
            MeetingHistory.record(em, id, status == Meeting.Status.OPEN ? MeetingHistory.What.OPENED : MeetingHistory.What.CLOSED,
                    by, byName, now, null, null, null);
            m.status = status.name();
            m.updatedAt = utc(now);
            if (status == Meeting.Status.OPEN) {
                m.openedAt = utc(now);
                m.checkinCode = checkinCode;
            } else if (status == Meeting.Status.CLOSED) {
                m.closedAt = utc(now);
                // whoever was invited, counts in rates and never came nor was excused is absent
                em.createQuery("UPDATE MeetingAttendee a SET a.state = 'ABSENT', a.version = a.version + 1"
                        + " WHERE a.meetingId = :m AND a.state = 'INVITED' AND a.statusAtInvite IN :s")
                        .setParameter("m", id).setParameter("s", vn.sotay.api.member.Eligibility.countedStatuses().stream()
                                .map(Enum::name).toList()).executeUpdate();
            }
            return m.orgId;
        });
        changes.publishAndWait(ChangeEvent.updated(MeetingsModule.ID, MeetingsModule.TYPE, id, org), ChangeBus.WAIT);
        return find(id).orElseThrow();
    }

    /** Meetings with their organisations and agendas: three queries whatever the number of meetings. */
    private static List<Meeting> meetings(EntityManager em, List<MeetingEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(m -> m.id).toList();
        Map<Long, List<Long>> orgs = new HashMap<>();
        Map<Long, List<AgendaItem>> agenda = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(ids)) {
            em.createQuery("SELECT o FROM MeetingOrg o WHERE o.meetingId IN :i ORDER BY o.orgId", MeetingOrgEntity.class)
                    .setParameter("i", chunk).getResultList()
                    .forEach(o -> orgs.computeIfAbsent(o.meetingId, k -> new ArrayList<>()).add(o.orgId));
            em.createQuery("SELECT a FROM MeetingAgendaItem a WHERE a.meetingId IN :i ORDER BY a.pos", AgendaItemEntity.class)
                    .setParameter("i", chunk).getResultList()
                    .forEach(a -> agenda.computeIfAbsent(a.meetingId, k -> new ArrayList<>())
                            .add(new AgendaItem(a.id, a.pos, a.title, a.description)));
        }
        return rows.stream().map(m -> new Meeting(m.id, m.orgId, null, List.copyOf(orgs.getOrDefault(m.id, List.of())),
                Meeting.Kind.valueOf(m.kind), Meeting.Status.valueOf(m.status), m.title, m.topic, instant(m.startsAt),
                instant(m.endsAt), m.place, m.onlineRoom, m.checkinCode, m.chairMemberId, m.clerkMemberId,
                List.copyOf(agenda.getOrDefault(m.id, List.of())), instant(m.createdAt), instant(m.openedAt),
                instant(m.closedAt), onTime(Meeting.Kind.valueOf(m.kind), instant(m.createdAt), instant(m.startsAt)), false)).toList();
    }

    /**
     * Announced on time: a REGULAR meeting announced no later than the 20th (end of day, Asia/Ho_Chi_Minh)
     * of the month before the month it starts in; other kinds are always on time (no such rule).
     */
    static boolean onTime(Meeting.Kind kind, Instant announcedAt, Instant startsAt) {
        if (kind != Meeting.Kind.REGULAR) {
            return true;
        }
        java.time.LocalDate deadline = startsAt.atZone(ZONE).toLocalDate().withDayOfMonth(1).minusMonths(1).withDayOfMonth(20);
        return !announcedAt.atZone(ZONE).toLocalDate().isAfter(deadline);
    }
}
