package vn.sotay.study.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.study.internal.entity.LessonEntity;
import vn.sotay.study.internal.entity.LessonFileEntity;

/** Images and attachments of lessons (STUDY_LESSON_FILE); part of {@link StudyStore}. */
final class LessonFileStore {
    /** Most files one lesson holds. */
    static final int MAX_FILES = 20;

    private final PersistenceUnit unit;

    LessonFileStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** A stored file without its content. */
    record StoredFile(long id, long lessonId, String fileName, FileKind kind, long size, String sha256, int width, int height,
            Instant createdAt) {
    }

    /**
     * Stores an inspected file on a draft or returned lesson, under a lock on the lesson's row (so the
     * status and the {@link #MAX_FILES} bound hold against concurrent uploads and a submission); 409 otherwise.
     */
    StoredFile insert(long lessonId, String fileName, InspectedFile f, byte[] content, long by, Instant now) {
        return unit.write(em -> {
            LessonEntity l = em.find(LessonEntity.class, lessonId, LockModeType.PESSIMISTIC_WRITE);
            if (!ReviewStatus.valueOf(l.status).editable()) {
                throw ProblemException.conflict("Chỉ thêm tệp vào bài học ở trạng thái bản nháp hoặc bị trả lại.");
            }
            if (em.createQuery("SELECT COUNT(f) FROM StudyLessonFile f WHERE f.lessonId = :l", Long.class)
                    .setParameter("l", lessonId).getSingleResult() >= MAX_FILES) {
                throw ProblemException.conflict("Mỗi bài học có tối đa " + MAX_FILES + " tệp ảnh và tệp đính kèm.");
            }
            LessonFileEntity e = new LessonFileEntity();
            e.lessonId = lessonId;
            e.fileName = fileName;
            e.kind = f.kind().name();
            e.size = f.size();
            e.sha256 = f.sha256();
            e.width = f.width();
            e.height = f.height();
            e.content = content;
            e.uploadedBy = by;
            e.createdAt = utc(now);
            em.persist(e);
            em.flush();
            return stored(e.id, lessonId, fileName, e.kind, e.size, e.sha256, e.width, e.height, e.createdAt);
        });
    }

    /** The lesson's files in upload order, without content. */
    List<StoredFile> of(long lessonId) {
        return unit.read(em -> em.createQuery("SELECT f.id, f.lessonId, f.fileName, f.kind, f.size, f.sha256, f.width, f.height, "
                + "f.createdAt FROM StudyLessonFile f WHERE f.lessonId = :l ORDER BY f.id", Object[].class)
                .setParameter("l", lessonId).getResultList()).stream()
                .map(r -> stored((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5],
                        (Integer) r[6], (Integer) r[7], (LocalDateTime) r[8])).toList();
    }

    /** A stored file and its bytes. */
    record FileContent(StoredFile file, byte[] content) {
    }

    /** The file with its content, when it belongs to the lesson. */
    Optional<FileContent> content(long lessonId, long fileId) {
        return unit.read(em -> {
            LessonFileEntity e = em.find(LessonFileEntity.class, fileId);
            if (e == null || e.lessonId != lessonId) {
                return Optional.empty();
            }
            return Optional.of(new FileContent(stored(e.id, e.lessonId, e.fileName, e.kind, e.size, e.sha256, e.width, e.height,
                    e.createdAt), e.content));
        });
    }

    /** Removes a file of a draft or returned lesson (409 otherwise); false when the lesson has no such file. */
    boolean delete(long lessonId, long fileId) {
        return unit.write(em -> {
            LessonEntity l = em.find(LessonEntity.class, lessonId, LockModeType.PESSIMISTIC_WRITE);
            LessonFileEntity e = em.find(LessonFileEntity.class, fileId);
            if (e == null || e.lessonId != lessonId) {
                return false;
            }
            if (!ReviewStatus.valueOf(l.status).editable()) {
                throw ProblemException.conflict("Chỉ gỡ tệp của bài học ở trạng thái bản nháp hoặc bị trả lại.");
            }
            em.remove(e);
            return true;
        });
    }

    private static StoredFile stored(long id, long lessonId, String name, String kind, long size, String sha, int w, int h,
            LocalDateTime at) {
        return new StoredFile(id, lessonId, name, FileKind.valueOf(kind), size, sha, w, h, instant(at));
    }
}
