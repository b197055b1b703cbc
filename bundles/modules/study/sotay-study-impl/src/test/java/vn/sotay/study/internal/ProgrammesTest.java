package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.TP;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.Lessons.Progress;
import vn.sotay.study.internal.Lessons.Step;
import vn.sotay.study.internal.Requests.LessonCheck;
import vn.sotay.study.internal.Requests.LessonRequest;
import vn.sotay.testing.DerbyUnit;

/** Programmes and lessons on EclipseLink and Derby (V2__programmes.sql): sanitising, review, progress, completion sets. */
class ProgrammesTest {
    private static StudyStore store;

    @BeforeAll
    static void open() {
        store = new StudyStore(new DerbyUnit("study-programmes", StudyStore.spec()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aLessonIsSanitisedAndItsCheckValidated() {
        var d = LessonRules.lesson(new LessonRequest(2, "Bài 1", "<p onclick=\"x()\">Nội dung <script>alert(1)</script>"
                + "<a href=\"javascript:x\">liên kết</a></p>", List.of("document:12"),
                new LessonCheck("Nghị quyết ban hành năm nào?", List.of("2024", "2025"), 1), null));
        assertFalse(d.body().contains("script") || d.body().contains("onclick") || d.body().contains("javascript"), d.body());
        assertTrue(d.body().contains("Nội dung"));
        assertEquals(List.of("document:12"), d.refs());
        String images = LessonRules.lesson(new LessonRequest(1, "Ảnh", "<p><img src=\"/api/study/lessons/3/files/9\" alt=\"Sơ đồ\">"
                + "<img src=\"/api/news/images/abc\"><img src=\"/api/study/lessons/3/files/9/../../x\"></p>", List.of(), null, null)).body();
        assertTrue(images.contains("src=\"/api/study/lessons/3/files/9\""), images);
        assertFalse(images.contains("news") || images.contains(".."), images);
        assertEquals(400, assertThrows(ProblemException.class, () -> LessonRules.lesson(new LessonRequest(1, "Bài", "<p>x</p>",
                List.of(), new LessonCheck("Hỏi?", List.of("A", "B"), 5), null))).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> LessonRules.lesson(new LessonRequest(1, "Bài",
                "<script>only</script>", List.of(), null, null))).status());
    }

    @Test
    void progressIsMonotoneIdempotentAndCompletionNeedsEveryApprovedLesson() {
        Instant now = Instant.now();
        Programme p = store.programmes.insert(TP, "Nghị quyết 57", null, now.plus(Duration.ofDays(30)), 1, now);
        var draft = LessonRules.lesson(new LessonRequest(1, "Bài 1", "<p>Một</p>", List.of(), null, null));
        Lesson a = store.programmes.insertLesson(p.id(), draft, 1, now);
        Lesson b = store.programmes.insertLesson(p.id(), LessonRules.lesson(new LessonRequest(2, "Bài 2", "<p>Hai</p>", List.of(), null, null)), 1, now);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> store.programmes.review(a.id(), ReviewAction.APPROVE, null, now)).status(), "a draft is submitted first");
        for (Lesson l : List.of(a, b)) {
            store.programmes.review(l.id(), ReviewAction.SUBMIT, null, now);
            assertEquals(ReviewStatus.APPROVED, store.programmes.review(l.id(), ReviewAction.APPROVE, null, now).status());
        }
        assertEquals(2, store.programmes.lessons(p.id(), true).size());
        Progress opened = store.programmes.progress(a, 7, CB01, Step.OPENED, now);
        assertNull(opened.readAt());
        Progress done = store.programmes.progress(a, 7, CB01, Step.COMPLETED, now.plusSeconds(5));
        assertEquals(opened.openedAt(), done.openedAt());
        assertNotNull(done.readAt());
        assertEquals(done, store.programmes.progress(a, 7, CB01, Step.OPENED, now.plusSeconds(60)), "repeating changes nothing");
        List<Long> ids = List.of(a.id(), b.id());
        assertEquals(Set.of(), store.programmes.completedAll(p.id(), ids));
        store.programmes.progress(b, 7, CB01, Step.COMPLETED, now);
        store.programmes.progress(b, 8, CB01, Step.COMPLETED, now);
        assertEquals(Set.of(7L), store.programmes.completedAll(p.id(), ids));
        assertEquals(2, store.programmes.progressOf(p.id(), 7).size());
        assertEquals(3L, store.programmes.completedByCell(now.minusSeconds(1), now.plusSeconds(10)).get(CB01));
        assertEquals(List.of(p), store.programmes.dueFor(List.of(1L, TP), now, 10));
    }

    @Test
    void anEditOfAStaleVersionIsRefusedAndChangesNothing() {
        Instant now = Instant.now();
        Programme p = store.programmes.insert(TP, "Chuyên đề", null, now.plus(Duration.ofDays(30)), 1, now);
        assertEquals(1, p.version());
        Lesson l = store.programmes.insertLesson(p.id(), LessonRules.lesson(new LessonRequest(1, "Bài", "<p>Một</p>", List.of(), null, null)), 1, now);
        Lesson v2 = store.programmes.updateLesson(l.id(), LessonRules.lesson(new LessonRequest(1, "Bài sửa", "<p>Hai</p>", List.of(), null, 1)),
                1, now);
        assertEquals(2, v2.version());
        ProblemException stale = assertThrows(ProblemException.class, () -> store.programmes.updateLesson(l.id(),
                LessonRules.lesson(new LessonRequest(1, "Bài cũ", "<p>Ba</p>", List.of(), null, 1)), 1, now));
        assertEquals(409, stale.status());
        assertTrue(stale.detail().contains("phiên bản 2"), stale.detail());
        assertEquals("Bài sửa", store.programmes.lesson(l.id()).orElseThrow().title());
        assertEquals(3, store.programmes.review(l.id(), ReviewAction.SUBMIT, null, now).version(), "a review step is a change");
        assertEquals(2, store.programmes.updateProgramme(p.id(), "Chuyên đề mới", null, p.deadline(), 1).version());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> store.programmes.updateProgramme(p.id(), "Cũ", null, p.deadline(), 1)).status());
        assertEquals(7, LessonRules.expectedVersion("W/\"7\"", 3));
        assertEquals(3, LessonRules.expectedVersion(null, 3));
        assertNull(LessonRules.expectedVersion("*", 3));
        assertEquals(400, assertThrows(ProblemException.class, () -> LessonRules.expectedVersion("abc", null)).status());
    }
}
