package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.ProblemException;
import vn.sotay.testing.DerbyUnit;

/** The store's JPQL and the V1 script against EclipseLink 2.7 on Derby 10.14, as in the distribution. */
class NewsStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final long EDITOR = 5, REVIEWER = 6;
    private static NewsStore store;

    @BeforeAll
    static void open() {
        store = TestNews.store("news", null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ArticleRequest request(String title, String category, long audience, boolean featured, int order,
            Instant publishAt, Instant expiresAt) {
        return new ArticleRequest(title, "Tóm tắt " + title, "<p>Nội dung " + title + "</p>", "Báo Nhân Dân",
                "https://nhandan.vn/a", category, List.of("đại hội", "chuyển đổi số"), featured, order, audience,
                publishAt, expiresAt, null);
    }

    /** Drafted, submitted and approved at {@code t}. */
    static Article published(String title, String category, long audience, boolean featured, int order, Instant t,
            Instant expiresAt) {
        Article a = store.insert(request(title, category, audience, featured, order, t, expiresAt), EDITOR, "BTV", t);
        store.save(a.id(), ReviewAction.SUBMIT, EDITOR, "BTV", t, null, (em, e) -> { });
        return store.save(a.id(), ReviewAction.APPROVE, REVIEWER, "Ban Biên tập", t, null, (em, e) -> { });
    }

    @Test
    void categoriesAreSeededInOrder() {
        assertEquals(List.of(new Category("leadership", "Hoạt động lãnh đạo", 10),
                new Category("committee", "Hoạt động cấp ủy", 20), new Category("province", "Tin tỉnh nhà", 30),
                new Category("domestic", "Trong nước", 40), new Category("international", "Quốc tế", 50)),
                store.categories());
    }

    @Test
    void everySavedChangeIsAVersionAndRestoreCopiesAnEarlierOne() {
        Article a = store.insert(request("Bản đầu", "province", TP, false, 0, null, null), EDITOR, "BTV", T0);
        assertEquals(1, a.version());
        assertEquals(ReviewStatus.DRAFT, a.status());
        assertEquals(List.of("đại hội", "chuyển đổi số"), a.tags());
        assertEquals(a, store.find(a.id()).orElseThrow());
        Article b = store.save(a.id(), ReviewAction.UPDATE, 7, "BTV 2", T0.plusSeconds(60), null,
                (em, e) -> NewsStore.content(e, request("Bản hai", "domestic", TP, true, 2, null, null)));
        assertEquals(2, b.version());
        assertEquals("Bản hai", b.title());
        store.save(a.id(), ReviewAction.SUBMIT, 7, "BTV 2", T0.plusSeconds(120), null, (em, e) -> { });
        Article r = store.save(a.id(), ReviewAction.RETURN, REVIEWER, "Ban Biên tập", T0.plusSeconds(180), "Sửa tiêu đề",
                (em, e) -> { });
        assertEquals(ReviewStatus.RETURNED, r.status());
        assertEquals("Sửa tiêu đề", r.lastComment());
        Article restored = store.save(a.id(), ReviewAction.RESTORE, EDITOR, "BTV", T0.plusSeconds(240), null,
                (em, e) -> NewsStore.restore(em, e, 1));
        assertEquals("Bản đầu", restored.title());
        assertEquals(5, restored.version());
        assertEquals(ReviewStatus.RETURNED, restored.status());
        List<ArticleVersion> v = store.versions(a.id());
        assertEquals(List.of(1, 2, 3, 4, 5), v.stream().map(ArticleVersion::number).toList());
        assertEquals(List.of("DRAFT", "UPDATE", "SUBMIT", "RETURN", "RESTORE"), v.stream().map(ArticleVersion::kind).toList());
        assertEquals(List.of("Bản đầu", "Bản hai", "Bản hai", "Bản hai", "Bản đầu"), v.stream().map(ArticleVersion::title).toList());
        assertEquals("Sửa tiêu đề", v.get(3).comment());
        assertEquals("BTV 2", v.get(1).editorName());
        assertEquals(T0.plusSeconds(60), v.get(1).savedAt());
        assertEquals("SUBMITTED", v.get(2).status());
        ProblemException missing = assertThrows(ProblemException.class, () -> store.save(a.id(), ReviewAction.RESTORE,
                EDITOR, "BTV", T0, null, (em, e) -> NewsStore.restore(em, e, 99)));
        assertEquals(404, missing.status());
        assertEquals(5, store.find(a.id()).orElseThrow().version(), "a failed restore leaves no trace");
    }

    @Test
    void theWorkflowIsCheckedInsideTheTransaction() {
        Article a = store.insert(request("Khóa", "province", SH, false, 0, null, null), EDITOR, "BTV", T0);
        ProblemException e = assertThrows(ProblemException.class,
                () -> store.save(a.id(), ReviewAction.APPROVE, REVIEWER, "R", T0, null, (em, x) -> { }));
        assertEquals(409, e.status());
        assertEquals(1, store.versions(a.id()).size());
        assertEquals(404, assertThrows(ProblemException.class,
                () -> store.save(987_654, ReviewAction.SUBMIT, 1, "x", T0, null, (em, x) -> { })).status());
    }

    @Test
    void feedShowsPublishedArticlesOfTheAudiencesFeaturedFirstThenNewest() {
        Instant now = Instant.parse("2030-01-10T00:00:00Z");
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        Article old = published("Cũ", "province", CB01, false, 0, t, null);
        Article newer = published("Mới", "leadership", TU, false, 0, t.plusSeconds(3600), null);
        Article feat2 = published("Nổi bật 2", "province", TP, true, 2, t, null);
        Article feat1 = published("Nổi bật 1", "province", TU, true, 1, t.plusSeconds(10), null);
        Article scheduled = published("Hẹn giờ", "province", TU, false, 0, now.plusSeconds(3600), null);
        Article expired = published("Hết hạn", "province", TU, false, 0, t, now.minusSeconds(1));
        Article otherDistrict = published("Sơn Hà", "province", SH, false, 0, t.plusSeconds(7200), null);
        Article draft = store.insert(request("Nháp", "province", TU, true, 0, t, null), EDITOR, "BTV", t);
        List<Long> path = TREE.pathIds(CB01);
        List<Long> ids = ids(store.feed(path, null, now, null, 100));
        List<Long> mine = List.of(feat1.id(), feat2.id(), newer.id(), old.id());
        assertEquals(mine, ids.stream().filter(i -> mine.contains(i)).toList());
        for (Article hidden : List.of(scheduled, expired, otherDistrict, draft)) {
            assertFalse(ids.contains(hidden.id()), hidden.title());
        }
        assertEquals(List.of(newer.id()), ids(store.feed(path, "leadership", now, null, 100)).stream()
                .filter(i -> i >= old.id()).toList());
        assertEquals(List.of(feat2.id()), ids(store.feed(path, null, now,
                FeedCursor.after(true, feat1.featuredOrder(), feat1.publishAt(), feat1.id()), 1)));
        assertTrue(ids(store.feed(null, null, now, null, 100)).contains(otherDistrict.id()), "null: every audience");
        assertEquals(List.of(), store.feed(List.of(), null, now, null, 10));
        assertTrue(store.approvedAudiences().containsAll(List.of(TU, TP, CB01, SH)));
        // the scheduled one is published once its time comes
        assertTrue(ids(store.feed(path, null, now.plusSeconds(7200), null, 100)).contains(scheduled.id()));
    }

    @Test
    void viewsCountAndIndexFlags() {
        Instant t = Instant.parse("2031-01-01T00:00:00Z");
        Article a = published("Đếm", "province", TP, false, 0, t, t.plusSeconds(100));
        store.countView(a.id());
        store.countView(a.id());
        assertEquals(2, store.find(a.id()).orElseThrow().views());
        assertEquals(3, store.find(a.id()).orElseThrow().version(), "a view is not a change");
        assertTrue(store.dueForIndexing(t.plusSeconds(1), 1000).stream().anyMatch(x -> x.id() == a.id()));
        assertFalse(store.dueForIndexing(t.minusSeconds(1), 1000).stream().anyMatch(x -> x.id() == a.id()));
        store.markIndexed(a.id(), true);
        assertFalse(store.dueForIndexing(t.plusSeconds(1), 1000).stream().anyMatch(x -> x.id() == a.id()));
        assertFalse(store.dueForRemoval(t.plusSeconds(1), 1000).contains(a.id()));
        assertTrue(store.dueForRemoval(t.plusSeconds(100), 1000).contains(a.id()), "expired");
        assertTrue(store.publishedAfter(a.id() - 1, t.plusSeconds(1), 10).stream().anyMatch(x -> x.id() == a.id()));
    }

    @Test
    void readersReadFromMemoryUntilAChangeOrAFlushAndAlwaysSeeEveryView() {
        Instant t = Instant.parse("2033-01-01T00:00:00Z");
        Article a = published("Đọc từ bộ nhớ", "province", TP, false, 0, t, null);
        assertSame(store.read(a.id()).orElseThrow().body(), store.read(a.id()).orElseThrow().body(), "the second read is the kept row");
        store.countView(a.id());
        assertEquals(1, store.read(a.id()).orElseThrow().views(), "pending views added to the kept row");
        store.flushViews();
        assertEquals(1, store.read(a.id()).orElseThrow().views(), "after a flush: the stored count, once");
        store.countView(a.id());
        store.flushViews();
        assertEquals(2, store.read(a.id()).orElseThrow().views());
        store.changed(vn.sotay.api.change.ChangeEvent.updated("news", "article", a.id(), TP));
        assertEquals(a.title(), store.read(a.id()).orElseThrow().title());
        assertTrue(store.read(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void metricsGroupByAudience() {
        Instant t = Instant.parse("2032-02-01T00:00:00Z");
        Article a = published("M1", "province", PBT, false, 0, t, null);
        published("M2", "province", PBT, false, 0, t.plusSeconds(10), null);
        published("M3", "province", DUK, false, 0, t.plusSeconds(20), null);
        store.countView(a.id());
        Instant from = t.minusSeconds(1), to = t.plusSeconds(3600);
        assertEquals(Map.of(PBT, 2L, DUK, 1L), store.publishedByAudience(from, to));
        assertEquals(Map.of(PBT, 1L, DUK, 0L), store.viewsByAudience(from, to));
    }

    private static List<Long> ids(List<Article> rows) {
        return rows.stream().map(Article::id).toList();
    }

    @Test
    void imageUsesAreRecordedWithEverySaveAndFilledOnceForOlderArticles() {
        String cover = "c".repeat(64);
        String inline = "d".repeat(64);
        DerbyUnit unit = new DerbyUnit("newsuses", NewsStore.spec());
        NewsStore first = TestNews.store(unit, null);
        first.insertImage(cover, "image/png", 10, 400, 200, List.of(), EDITOR, T0);
        first.insertImage(inline, "image/png", 10, 400, 200, List.of(), EDITOR, T0);
        ArticleRequest r = request("Có ảnh", "province", TP, false, 0, null, null);
        Article a = first.insert(new ArticleRequest(r.title(), r.summary(), "<p>x</p><img src=\"/api/news/images/"
                + inline + "\" alt=\"\" />", null, null, "province", List.of(), false, 0, TP, null, null, cover),
                EDITOR, "BTV", T0);
        assertEquals(List.of(a.id()), ids(first.imageReaders(inline).orElseThrow().articles()));
        assertEquals(List.of(a.id()), ids(first.imageReaders(cover).orElseThrow().articles()));
        assertTrue(first.imageReaders("e".repeat(64)).isEmpty(), "no such image");
        // a transition rewrites the same rows
        first.save(a.id(), ReviewAction.SUBMIT, EDITOR, "BTV", T0, null, (em, e) -> { });
        assertEquals(List.of(a.id()), ids(first.imageReaders(inline).orElseThrow().articles()));
        // rows lost (an article saved before V3): the next start fills them from the content
        unit.write(em -> em.createNativeQuery("DELETE FROM NEWS_IMAGE_USE").executeUpdate());
        assertEquals(List.of(), first.imageReaders(inline).orElseThrow().articles());
        NewsStore second = TestNews.store(unit, null);
        assertEquals(List.of(a.id()), ids(second.imageReaders(inline).orElseThrow().articles()));
        assertEquals(List.of(a.id()), ids(second.imageReaders(cover).orElseThrow().articles()));
        second.close();
    }
}
