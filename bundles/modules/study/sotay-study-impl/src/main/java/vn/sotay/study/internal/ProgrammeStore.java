package vn.sotay.study.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.LockModeType;

import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.LessonDraft;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.Lessons.Progress;
import vn.sotay.study.internal.Lessons.Step;
import vn.sotay.study.internal.entity.LessonEntity;
import vn.sotay.study.internal.entity.ProgrammeEntity;
import vn.sotay.study.internal.entity.ProgressEntity;

/** Programmes, lessons and progress (STUDY_PROGRAMME, STUDY_LESSON, STUDY_PROGRESS); part of {@link StudyStore}. */
final class ProgrammeStore {
    private final PersistenceUnit unit;

    ProgrammeStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    Programme insert(long orgId, String title, String description, Instant deadline, long by, Instant now) {
        return unit.write(em -> {
            ProgrammeEntity e = new ProgrammeEntity();
            e.orgId = orgId;
            e.title = title;
            e.description = description;
            e.deadline = utc(deadline);
            e.createdBy = by;
            e.createdAt = utc(now);
            em.persist(e);
            em.flush();
            return programme(e);
        });
    }

    Optional<Programme> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(ProgrammeEntity.class, id)).map(ProgrammeStore::programme));
    }

    /** Programmes of these organisations, latest deadline first, a page. */
    List<Programme> of(Collection<Long> orgs, int offset, int max) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT p FROM StudyProgramme p WHERE p.orgId IN :o "
                + "ORDER BY p.deadline DESC, p.id DESC", ProgrammeEntity.class).setParameter("o", orgs)
                .setFirstResult(offset).setMaxResults(max).getResultList().stream().map(ProgrammeStore::programme).toList());
    }

    /** Programmes addressed to one of {@code audiences} not yet past their deadline, nearest deadline first. */
    List<Programme> dueFor(List<Long> audiences, Instant now, int max) {
        if (audiences.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT p FROM StudyProgramme p WHERE p.orgId IN :a AND p.deadline > :now "
                + "ORDER BY p.deadline, p.id", ProgrammeEntity.class).setParameter("a", audiences).setParameter("now", utc(now))
                .setMaxResults(max).getResultList().stream().map(ProgrammeStore::programme).toList());
    }

    List<Long> orgs() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT p.orgId FROM StudyProgramme p", Long.class).getResultList());
    }

    Lesson insertLesson(long programmeId, LessonDraft d, long author, Instant now) {
        return unit.write(em -> {
            LessonEntity e = new LessonEntity();
            e.programmeId = programmeId;
            e.status = ReviewStatus.DRAFT.name();
            e.authorId = author;
            fill(e, d, now);
            em.persist(e);
            em.flush();
            return lesson(e);
        });
    }

    /**
     * Edits a draft or returned lesson under a lock on its row; {@code expected} (when given) must be its
     * current version, or nothing changes and a 409 tells that someone changed it meanwhile.
     */
    Lesson updateLesson(long id, LessonDraft d, Integer expected, Instant now) {
        return unit.write(em -> {
            LessonEntity e = em.find(LessonEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (!ReviewStatus.valueOf(e.status).editable()) {
                throw ProblemException.conflict("Chỉ sửa được bài học ở trạng thái bản nháp hoặc bị trả lại.");
            }
            requireVersion(expected, e.version, "Bài học");
            fill(e, d, now);
            e.version++;
            return lesson(e);
        });
    }

    /** Edits a programme's title, description and deadline (its organisation stays); {@code expected} as for lessons. */
    Programme updateProgramme(long id, String title, String description, Instant deadline, Integer expected) {
        return unit.write(em -> {
            ProgrammeEntity e = em.find(ProgrammeEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            requireVersion(expected, e.version, "Chương trình");
            e.title = title;
            e.description = description;
            e.deadline = utc(deadline);
            e.version++;
            return programme(e);
        });
    }

    /** 409 when the client edited version {@code expected} and the row is at {@code current} now. */
    static void requireVersion(Integer expected, int current, String what) {
        if (expected != null && expected != current) {
            throw ProblemException.conflict(what + " đã được người khác sửa (nay là phiên bản " + current
                    + ", đồng chí mở phiên bản " + expected + "). Nội dung đồng chí vừa soạn chưa được lưu: hãy tải lại để xem "
                    + "bản mới nhất rồi sửa tiếp.");
        }
    }

    /** Moves the lesson by {@code action} inside the write (409 from the wrong status). */
    Lesson review(long id, vn.sotay.api.review.ReviewAction action, String comment, Instant now) {
        return unit.write(em -> {
            LessonEntity e = em.find(LessonEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            e.status = action.apply(ReviewStatus.valueOf(e.status), "bài học").name();
            e.version++;
            if (comment != null) {
                e.reviewComment = comment;
            }
            e.updatedAt = utc(now);
            return lesson(e);
        });
    }

    Optional<Lesson> lesson(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(LessonEntity.class, id)).map(ProgrammeStore::lesson));
    }

    /** A programme's lessons in order; {@code approvedOnly}: what members see. */
    List<Lesson> lessons(long programmeId, boolean approvedOnly) {
        return unit.read(em -> em.createQuery("SELECT l FROM StudyLesson l WHERE l.programmeId = :p"
                + (approvedOnly ? " AND l.status = 'APPROVED'" : "") + " ORDER BY l.pos, l.id", LessonEntity.class)
                .setParameter("p", programmeId).getResultList().stream().map(ProgrammeStore::lesson).toList());
    }

    /**
     * Records that the member reached {@code step} (and so every earlier one) on the lesson; each time is
     * set once, so repeating a step, or reaching it again on another device, changes nothing.
     */
    Progress progress(Lesson l, long memberId, long cellId, Step step, Instant now) {
        return unit.write(em -> {
            ProgressEntity.Key key = new ProgressEntity.Key();
            key.lessonId = l.id();
            key.memberId = memberId;
            ProgressEntity e = em.find(ProgressEntity.class, key);
            if (e == null) {
                e = new ProgressEntity();
                e.lessonId = l.id();
                e.memberId = memberId;
                e.programmeId = l.programmeId();
                e.cellId = cellId;
                e.openedAt = utc(now);
                em.persist(e);
            }
            if (step.compareTo(Step.READ) >= 0 && e.readAt == null) {
                e.readAt = utc(now);
            }
            if (step == Step.COMPLETED && e.completedAt == null) {
                e.completedAt = utc(now);
            }
            return progress(e);
        });
    }

    /** The member's progress through a programme, by lesson. */
    Map<Long, Progress> progressOf(long programmeId, long memberId) {
        Map<Long, Progress> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT p FROM StudyProgress p WHERE p.programmeId = :p AND p.memberId = :m",
                ProgressEntity.class).setParameter("p", programmeId).setParameter("m", memberId).getResultList())
                .forEach(p -> out.put(p.lessonId, progress(p)));
        return out;
    }

    /** Members who completed every one of {@code lessons} of the programme (one grouped query). */
    Set<Long> completedAll(long programmeId, Collection<Long> lessons) {
        if (lessons.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(unit.read(em -> em.createQuery("SELECT p.memberId FROM StudyProgress p WHERE p.programmeId = :p "
                + "AND p.completedAt IS NOT NULL AND p.lessonId IN :l GROUP BY p.memberId HAVING COUNT(p) = :n", Long.class)
                .setParameter("p", programmeId).setParameter("l", lessons).setParameter("n", (long) lessons.size())
                .getResultList()));
    }

    /** Lessons completed in {@code [from, to)} per cell (metric {@code study.lessons}). */
    Map<Long, Long> completedByCell(Instant from, Instant to) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT p.cellId, COUNT(p) FROM StudyProgress p WHERE p.completedAt >= :f "
                + "AND p.completedAt < :t GROUP BY p.cellId", Object[].class).setParameter("f", utc(from))
                .setParameter("t", utc(to)).getResultList()).forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    private static void fill(LessonEntity e, LessonDraft d, Instant now) {
        e.pos = d.pos();
        e.title = d.title();
        e.body = d.body();
        e.refs = d.refs().isEmpty() ? null : String.join("\n", d.refs());
        e.checkText = d.checkText();
        e.checkOptions = d.checkOptions().isEmpty() ? null : String.join("\n", d.checkOptions());
        e.checkCorrect = d.checkCorrect();
        e.updatedAt = utc(now);
    }

    private static Programme programme(ProgrammeEntity e) {
        return new Programme(e.id, e.orgId, e.title, e.description, instant(e.deadline), e.createdBy, instant(e.createdAt),
                e.version);
    }

    private static Lesson lesson(LessonEntity e) {
        return new Lesson(e.id, e.programmeId, e.pos, e.title, e.body, e.refs == null ? List.of() : List.of(e.refs.split("\n")),
                e.checkText, e.checkOptions == null ? List.of() : List.of(e.checkOptions.split("\n")), e.checkCorrect,
                ReviewStatus.valueOf(e.status), e.authorId, e.reviewComment, instant(e.updatedAt), e.version);
    }

    private static Progress progress(ProgressEntity e) {
        return new Progress(e.lessonId, e.memberId, instant(e.openedAt), e.readAt == null ? null : instant(e.readAt),
                e.completedAt == null ? null : instant(e.completedAt));
    }
}
