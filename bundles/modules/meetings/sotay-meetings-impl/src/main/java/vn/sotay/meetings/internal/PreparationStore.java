package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.entity.MaterialEntity;
import vn.sotay.meetings.internal.entity.OpinionEntity;
import vn.sotay.meetings.internal.entity.ReadingEntity;

/** Before the meeting: its materials and who read them (MEETINGS_MATERIAL, MEETINGS_READING), members' opinions (MEETINGS_OPINION). */
@Component(service = PreparationStore.class)
public class PreparationStore {
    /** Most opinions one member leaves on one meeting. */
    static final int OPINIONS_PER_MEMBER = 50;

    private final PersistenceUnit unit;

    @Activate
    public PreparationStore(@Reference MeetingsStore meetings) {
        this(meetings.unit());
    }

    PreparationStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** A material row: id, position, reference. */
    record Row(long id, int pos, String ref) {
    }

    /** An opinion as stored. */
    public record OpinionRow(long id, long agendaId, long memberId, String body, Instant createdAt) {
    }

    List<Row> materials(long meetingId) {
        return unit.read(em -> em.createQuery("SELECT m FROM MeetingMaterial m WHERE m.meetingId = :m ORDER BY m.pos",
                MaterialEntity.class).setParameter("m", meetingId).getResultList().stream()
                .map(m -> new Row(m.id, m.pos, m.ref)).toList());
    }

    /** Records that {@code memberId} read the material (first time kept); {@code false} if it is not the meeting's. */
    boolean read(long meetingId, long materialId, long memberId, Instant now) {
        return unit.write(em -> {
            MaterialEntity m = em.find(MaterialEntity.class, materialId);
            if (m == null || m.meetingId != meetingId) {
                return false;
            }
            if (em.createQuery("SELECT r.id FROM MeetingReading r WHERE r.materialId = :x AND r.memberId = :p", Long.class)
                    .setParameter("x", materialId).setParameter("p", memberId).getResultList().isEmpty()) {
                ReadingEntity r = new ReadingEntity();
                r.meetingId = meetingId;
                r.materialId = materialId;
                r.memberId = memberId;
                r.readAt = utc(now);
                em.persist(r);
            }
            return true;
        });
    }

    /** Readers per material of the meeting: one grouped query. */
    Map<Long, Integer> readers(long meetingId) {
        Map<Long, Integer> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT r.materialId, COUNT(r) FROM MeetingReading r WHERE r.meetingId = :m"
                + " GROUP BY r.materialId", Object[].class).setParameter("m", meetingId).getResultList())
                .forEach(r -> out.put((Long) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    /** The materials {@code memberId} read. */
    Set<Long> readBy(long meetingId, long memberId) {
        return new HashSet<>(unit.read(em -> em.createQuery("SELECT r.materialId FROM MeetingReading r WHERE r.meetingId = :m"
                + " AND r.memberId = :p", Long.class).setParameter("m", meetingId).setParameter("p", memberId).getResultList()));
    }

    /** Adds an opinion; {@code null} when the member already left {@link #OPINIONS_PER_MEMBER}. */
    OpinionRow addOpinion(long meetingId, long agendaId, long memberId, String body, Instant now) {
        return unit.write(em -> {
            long mine = em.createQuery("SELECT COUNT(o) FROM MeetingOpinion o WHERE o.meetingId = :m AND o.memberId = :p",
                    Long.class).setParameter("m", meetingId).setParameter("p", memberId).getSingleResult();
            if (mine >= OPINIONS_PER_MEMBER) {
                return null;
            }
            OpinionEntity o = new OpinionEntity();
            o.meetingId = meetingId;
            o.agendaId = agendaId;
            o.memberId = memberId;
            o.body = body;
            o.createdAt = utc(now);
            em.persist(o);
            em.flush();
            return new OpinionRow(o.id, agendaId, memberId, body, now);
        });
    }

    /** The meeting's opinions, by agenda item then time; {@code memberId} non-null: only theirs. */
    public List<OpinionRow> opinions(long meetingId, Long memberId) {
        return unit.read(em -> {
                    var q = em.createQuery("SELECT o FROM MeetingOpinion o WHERE o.meetingId = :m"
                            + (memberId == null ? "" : " AND o.memberId = :p") + " ORDER BY o.agendaId, o.id", OpinionEntity.class)
                            .setParameter("m", meetingId);
                    if (memberId != null) {
                        q.setParameter("p", memberId);
                    }
                    return q.getResultList().stream()
                            .map(o -> new OpinionRow(o.id, o.agendaId, o.memberId, o.body, instant(o.createdAt))).toList();
                });
    }
}
