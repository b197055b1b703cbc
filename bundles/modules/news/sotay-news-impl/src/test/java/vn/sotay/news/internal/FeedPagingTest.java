package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.RoleGrant;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/**
 * Keyset paging of the feed on EclipseLink and Derby: pages, whatever their size, neither skip nor
 * repeat, across the boundary between the featured segment and the others, with equal publish
 * times and equal featured orders, and while articles are published between two pages.
 */
class FeedPagingTest {
    private static final Instant T = Instant.parse("2020-05-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2020-06-01T00:00:00Z");
    private static NewsStore store;
    private static List<Article> all;

    @BeforeAll
    static void open() {
        store = TestNews.store("newsfeed", null);
        List<Article> made = new ArrayList<>();
        // featured: orders 1, 1, 2, 2 (same time), 5; others: pairs with the same publish time
        made.add(publish("F1a", TU, true, 1, T.plusSeconds(10)));
        made.add(publish("F1b", TP, true, 1, T.plusSeconds(20)));
        made.add(publish("F2a", TU, true, 2, T.plusSeconds(30)));
        made.add(publish("F2b", TU, true, 2, T.plusSeconds(30)));
        made.add(publish("F5", CB01, true, 5, T));
        for (int i = 0; i < 12; i++) {
            made.add(publish("N" + i, i % 3 == 0 ? TU : i % 3 == 1 ? TP : CB01, false, 0,
                    T.plusSeconds(3600L * (i / 2))));
        }
        // not in member A's feed: another district, a draft
        publish("Sơn Hà", SH, true, 0, T.plusSeconds(5));
        store.insert(NewsStoreTest.request("Nháp", "province", TU, true, 0, T, null), 5, "BTV", T);
        Comparator<Article> order = Comparator.comparing((Article a) -> !a.featured())
                .thenComparingInt(a -> a.featured() ? a.featuredOrder() : 0)
                .thenComparing(Article::publishAt, Comparator.reverseOrder())
                .thenComparing(Article::id, Comparator.reverseOrder());
        all = made.stream().sorted(order).toList();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Article publish(String title, long audience, boolean featured, int order, Instant at) {
        Article a = store.insert(NewsStoreTest.request(title, "province", audience, featured, order, at, null), 5,
                "BTV", at);
        store.save(a.id(), ReviewAction.SUBMIT, 5, "BTV", at, null, (em, e) -> { });
        return store.save(a.id(), ReviewAction.APPROVE, 6, "Ban Biên tập", at, null, (em, e) -> { });
    }

    private static List<Long> path() {
        return TREE.pathIds(CB01);
    }

    @Test
    void everyPageSizeGivesTheWholeFeedOnceInOrder() {
        List<Long> expected = all.stream().map(Article::id).toList();
        assertEquals(expected, ids(store.feed(path(), null, NOW, null, 100)), "one page: featured first, then newest");
        for (int size = 1; size <= 18; size++) {
            List<Long> seen = new ArrayList<>();
            FeedCursor after = null;
            for (int guard = 0; guard < 100; guard++) {
                List<Article> page = store.feed(path(), null, NOW, after, size + 1);
                page.stream().limit(size).forEach(a -> seen.add(a.id()));
                if (page.size() <= size) {
                    break;
                }
                Article last = page.get(size - 1);
                after = FeedCursor.parse(FeedCursor.after(last.featured(), last.featuredOrder(), last.publishAt(),
                        last.id()).encode());
            }
            assertEquals(expected, seen, "page size " + size);
        }
    }

    @Test
    void theBoundaryBetweenSegmentsIsCrossedOnce() {
        List<Article> featured = all.stream().filter(Article::featured).toList();
        Article lastFeatured = featured.get(featured.size() - 1);
        FeedCursor atBoundary = FeedCursor.after(true, lastFeatured.featuredOrder(), lastFeatured.publishAt(),
                lastFeatured.id());
        List<Article> next = store.feed(path(), null, NOW, atBoundary, 3);
        assertEquals(all.subList(featured.size(), featured.size() + 3).stream().map(Article::id).toList(), ids(next),
                "after the last featured one: the others from their start");
        assertTrue(next.stream().noneMatch(Article::featured));
        // a page that ends inside the featured segment fills up from the other segment
        Article second = featured.get(1);
        List<Article> mixed = store.feed(path(), null, NOW,
                FeedCursor.after(true, second.featuredOrder(), second.publishAt(), second.id()), 5);
        assertEquals(all.subList(2, 7).stream().map(Article::id).toList(), ids(mixed));
    }

    @Test
    void anArticlePublishedBetweenTwoPagesDoesNotShiftTheNextPage() {
        List<Article> first = store.feed(path(), null, NOW, null, 8);
        Article last = first.get(7);
        FeedCursor after = FeedCursor.after(last.featured(), last.featuredOrder(), last.publishAt(), last.id());
        // newer than everything and featured at the top: an offset cursor would repeat a row
        // (published after NOW, so that the other tests, which read at NOW, do not see them)
        Instant later = NOW.plusSeconds(86_400);
        publish("Mới đăng", TU, true, 0, later.minusSeconds(1));
        publish("Mới đăng 2", TU, false, 0, later.minusSeconds(1));
        List<Article> rest = store.feed(path(), null, later, after, 100);
        Set<Long> ids = new HashSet<>(ids(first));
        for (Article a : rest) {
            assertTrue(ids.add(a.id()), "repeated: " + a.title());
        }
        assertTrue(ids.containsAll(all.stream().map(Article::id).toList()), "nothing skipped");
        // the category filter pages the same way
        assertEquals(List.of(), store.feed(path(), "international", later, after, 10));
    }

    @Test
    void theResourceAnswersNextAsTheCursorOfItsLastItem() {
        NewsResource news = new NewsResource(store, new Fakes.Orgs(),
                new Fakes.Auth(), new Fakes.Audit(), NewsImagesTest.images(store),
                new Fakes.Review());
        Caller memberA = Fakes.caller(7, 7L, CB01);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 100; guard++) {
            Page<ArticleItem> page = news.feedPage(memberA, null, FeedCursor.parse(cursor), 4);
            page.items().forEach(i -> seen.add(i.id()));
            if (page.next() == null) {
                break;
            }
            ArticleItem last = page.items().get(page.items().size() - 1);
            assertEquals(FeedCursor.after(last).encode(), page.next());
            assertTrue(page.next().startsWith(last.featured() ? "f:" : "n:"), page.next());
            cursor = page.next();
        }
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no repeats: " + seen);
        assertTrue(seen.containsAll(all.stream().map(Article::id).toList()), "nothing skipped");
        Caller editor = Fakes.caller(5, 5L, CBVP, new RoleGrant(vn.sotay.api.Role.EDITOR, TU));
        assertFalse(news.feedPage(editor, null, null, 100).items().isEmpty());
        Page<ArticleItem> last = news.feedPage(memberA, null, null, 100);
        assertNull(last.next(), "one page holds everything");
    }

    private static List<Long> ids(List<Article> rows) {
        return rows.stream().map(Article::id).toList();
    }
}
