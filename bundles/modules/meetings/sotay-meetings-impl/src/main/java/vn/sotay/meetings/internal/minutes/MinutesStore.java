package vn.sotay.meetings.internal.minutes;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.meetings.internal.minutes.entity.MinutesEntity;
import vn.sotay.meetings.internal.minutes.entity.MinutesSectionEntity;

/**
 * Minutes (MEETINGS_MINUTES, MEETINGS_MINUTES_SECTION): the draft, edits, the two approvals and the
 * lock. The rules on who may do each are the resource's; the store refuses what breaks the state:
 * an edit or approval after the lock (409), one account giving both approvals (409).
 */
@Component(service = MinutesStore.class)
public class MinutesStore {
    static final String LOCKED = "Biên bản đã được chủ trì và thư ký duyệt, đã khóa: không sửa được nữa.";

    /** Which approval. */
    public enum Role { CHAIR, CLERK }

    /** The fixed part of a draft: heading and signatories. */
    public record Heading(String superiorName, String orgName, String placeAndDate, String title) {
    }

    private final PersistenceUnit unit;

    @Activate
    public MinutesStore(@Reference MeetingsStore meetings) {
        this(meetings.unit());
    }

    MinutesStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** The stored minutes (without heading: the caller adds it), or empty. */
    public Optional<Minutes> find(long meetingId, Heading h) {
        return unit.read(em -> Optional.ofNullable(em.find(MinutesEntity.class, meetingId)).map(m -> view(em, m, h)));
    }

    /**
     * Stores a fresh draft, replacing an earlier unapproved one (approvals cleared); 409 once locked.
     * {@code chairName}/{@code clerkName} may be null (signed by whoever approves).
     */
    public void draft(long meetingId, List<Minutes.Section> sections, String chairName, String clerkName, long by,
            Instant now) {
        unit.write(em -> {
            MinutesEntity m = em.find(MinutesEntity.class, meetingId);
            if (m == null) {
                m = new MinutesEntity();
                m.meetingId = meetingId;
                m.draftedBy = by;
                m.draftedAt = utc(now);
                m.chairName = chairName;
                m.clerkName = clerkName;
                em.persist(m);
            } else {
                unlocked(m);
                m.editedBy = by;
                m.editedAt = utc(now);
                clearApprovals(m);
            }
            replace(em, meetingId, sections);
            return null;
        });
    }

    /** Replaces the sections; clears any approval given (the text changed); 404 if not drafted, 409 once locked. */
    public void edit(long meetingId, List<Minutes.Section> sections, long by, Instant now) {
        unit.write(em -> {
            MinutesEntity m = drafted(em, meetingId);
            unlocked(m);
            m.editedBy = by;
            m.editedAt = utc(now);
            clearApprovals(m);
            replace(em, meetingId, sections);
            return null;
        });
    }

    /**
     * Records one approval; locks when both are given. {@code signatory}: the name to sign with when
     * none was named. Returns true when this approval locked the minutes.
     */
    public boolean approve(long meetingId, Role role, long accountId, String signatory, Instant now) {
        return unit.write(em -> {
            MinutesEntity m = drafted(em, meetingId);
            unlocked(m);
            Long other = role == Role.CHAIR ? m.clerkApprovedBy : m.chairApprovedBy;
            if (other != null && other == accountId) {
                throw ProblemException.conflict("Chủ trì và thư ký phải là hai người khác nhau: bạn đã duyệt với vai trò kia.");
            }
            if (role == Role.CHAIR) {
                m.chairApprovedBy = accountId;
                m.chairApprovedAt = utc(now);
                m.chairName = m.chairName == null ? signatory : m.chairName;
            } else {
                m.clerkApprovedBy = accountId;
                m.clerkApprovedAt = utc(now);
                m.clerkName = m.clerkName == null ? signatory : m.clerkName;
            }
            if (m.chairApprovedBy != null && m.clerkApprovedBy != null) {
                m.lockedAt = utc(now);
                return true;
            }
            return false;
        });
    }

    private static MinutesEntity drafted(EntityManager em, long meetingId) {
        MinutesEntity m = em.find(MinutesEntity.class, meetingId);
        if (m == null) {
            throw ProblemException.notFound("Cuộc họp chưa có biên bản: hãy lập dự thảo trước.");
        }
        return m;
    }

    private static void unlocked(MinutesEntity m) {
        if (m.lockedAt != null) {
            throw ProblemException.conflict(LOCKED);
        }
    }

    private static void clearApprovals(MinutesEntity m) {
        m.chairApprovedBy = null;
        m.chairApprovedAt = null;
        m.clerkApprovedBy = null;
        m.clerkApprovedAt = null;
    }

    private static void replace(EntityManager em, long meetingId, List<Minutes.Section> sections) {
        em.createQuery("DELETE FROM MeetingMinutesSection s WHERE s.meetingId = :m").setParameter("m", meetingId)
                .executeUpdate();
        int pos = 0;
        for (Minutes.Section s : sections) {
            MinutesSectionEntity e = new MinutesSectionEntity();
            e.meetingId = meetingId;
            e.pos = pos++;
            e.title = s.title();
            e.body = s.body();
            em.persist(e);
        }
    }

    private static Minutes view(EntityManager em, MinutesEntity m, Heading h) {
        List<Minutes.Section> sections = em.createQuery("SELECT s FROM MeetingMinutesSection s WHERE s.meetingId = :m"
                + " ORDER BY s.pos", MinutesSectionEntity.class).setParameter("m", m.meetingId).getResultList().stream()
                .map(s -> new Minutes.Section(s.title, s.body)).toList();
        return new Minutes(m.meetingId, h.superiorName(), h.orgName(), h.placeAndDate(), h.title(), sections,
                m.chairName, m.clerkName, approval(m.chairApprovedBy, m.chairApprovedAt),
                approval(m.clerkApprovedBy, m.clerkApprovedAt), instant(m.lockedAt), instant(m.draftedAt),
                instant(m.editedAt));
    }

    private static Minutes.Approval approval(Long by, java.time.LocalDateTime at) {
        return by == null ? null : new Minutes.Approval(by, instant(at));
    }
}
