package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.review.ReviewStatus;

/** Programmes, lessons and progress as the stores hand them out. */
final class Lessons {
    private Lessons() {
    }

    /** A programme published to the subtree of {@code orgId}, due by {@code deadline}; {@code version} rises with each edit. */
    record Programme(long id, long orgId, String title, String description, Instant deadline, long createdBy,
            Instant createdAt, int version) {
    }

    /**
     * A lesson; {@code checkCorrect} is the right option of its short check ({@code null}: no check);
     * {@code version} rises with every change (edit or review step).
     */
    record Lesson(long id, long programmeId, int pos, String title, String body, List<String> refs, String checkText,
            List<String> checkOptions, Integer checkCorrect, ReviewStatus status, long authorId, String reviewComment,
            Instant updatedAt, int version) {
    }

    /** A validated lesson body. */
    record LessonDraft(int pos, String title, String body, List<String> refs, String checkText, List<String> checkOptions,
            Integer checkCorrect) {
    }

    /** A member's steps through a lesson; {@code null}: not reached. */
    record Progress(long lessonId, long memberId, Instant openedAt, Instant readAt, Instant completedAt) {
    }

    /** The steps, in order; a later step implies the earlier ones. */
    enum Step { OPENED, READ, COMPLETED }
}
