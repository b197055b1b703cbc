package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.sotay.api.review.ReviewStatus;
import vn.sotay.news.internal.DemoArticles.Author;
import vn.sotay.news.internal.DemoArticles.Row;
import vn.sotay.news.internal.DemoArticles.State;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The demo table (demo/articles.tsv) and its loading through the store, without OSGi. */
class DemoArticlesTest {
    private static final List<Row> ROWS = DemoArticles.bundled();

    @Test
    void theTableHasAFewDozenArticlesInEveryState() {
        Map<State, Integer> d = DemoArticles.distribution(ROWS);
        assertEquals(30, d.get(State.PUBLISHED), d.toString());
        assertTrue(d.get(State.DRAFT) >= 3 && d.get(State.SUBMITTED) >= 3 && d.get(State.RETURNED) >= 3, d.toString());
        assertEquals(2, d.get(State.SCHEDULED));
        assertEquals(2, d.get(State.EXPIRED));
        List<Row> published = ROWS.stream().filter(r -> r.state() == State.PUBLISHED).toList();
        assertEquals(Set.of("leadership", "committee", "province", "domestic", "international"),
                published.stream().map(Row::category).collect(Collectors.toSet()), "the five categories");
        assertEquals(Set.of("TU", "TP", "SH"), published.stream().map(Row::audience).collect(Collectors.toSet()));
        List<Integer> orders = published.stream().filter(r -> r.featuredOrder() != null).map(Row::featuredOrder).toList();
        assertTrue(orders.size() >= 3, "some featured: " + orders);
        assertEquals(orders.size(), new HashSet<>(orders).size(), "distinct featured orders");
        assertTrue(ROWS.stream().filter(r -> r.state() != State.PUBLISHED).allMatch(r -> r.featuredOrder() == null));
    }

    @Test
    void everyRowIsMarkedDemoVietnameseAndComplete() {
        Set<String> titles = new HashSet<>();
        for (Row r : ROWS) {
            assertTrue(titles.add(r.title()), "unique title: " + r.title());
            assertTrue(r.tags().contains(DemoArticles.TAG), r.title());
            assertTrue(r.sourceName().endsWith("(dữ liệu mẫu)"), r.sourceName());
            assertFalse(r.sourcePath().isBlank() || r.sourcePath().contains(" "), r.sourcePath());
            assertTrue(r.paragraphs().size() >= 2 && r.paragraphs().size() <= 4, r.title());
            assertEquals(Normalizer.normalize(r.title() + r.body(), Normalizer.Form.NFC), r.title() + r.body());
            assertTrue(r.title().chars().anyMatch(c -> c > 127), "Vietnamese with diacritics: " + r.title());
            assertEquals(r.state() == State.RETURNED, !r.comment().isEmpty(), "a comment exactly when returned: " + r.title());
        }
    }

    @Test
    void parsingNamesTheLineOfABadRow() {
        String ok = "PUBLISHED\tprovince\tTU\t\t1\tTiêu đề\t\tĐoạn một || Đoạn hai\tBáo (dữ liệu mẫu)\ta/b\tthẻ;khác\t";
        List<Row> rows = DemoArticles.parse("# chú thích\n\n" + ok + "\n");
        assertEquals(1, rows.size());
        Row r = rows.get(0);
        assertEquals(3, r.line());
        assertEquals(List.of("Đoạn một", "Đoạn hai"), r.paragraphs());
        assertEquals("<p>Đoạn một</p><p>Đoạn hai</p>", r.body());
        assertEquals(List.of("thẻ", "khác", DemoArticles.TAG), r.tags());
        assertNull(r.featuredOrder());
        for (String bad : List.of(ok.replace("PUBLISHED", "LOST"), ok.replace("\t1\t", "\tmột\t"),
                ok.substring(0, ok.lastIndexOf('\t')), ok.replace("PUBLISHED", "RETURNED"),
                ok.replace("PUBLISHED", "EXPIRED"), ok.replace("\tTiêu đề\t", "\t \t"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DemoArticles.parse("# x\n" + bad));
            assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        }
    }

    @Test
    void scheduleMatchesTheState() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            Instant[] at = DemoArticles.schedule(r, i, now);
            switch (r.state()) {
                case PUBLISHED -> assertTrue(at[0].isBefore(now) && at[1] == null, r.title());
                case SCHEDULED -> assertTrue(at[0].isAfter(now), r.title());
                case EXPIRED -> assertTrue(at[0].isBefore(at[1]) && at[1].isBefore(now), r.title());
                default -> assertNull(at[0], r.title());
            }
        }
    }

    @Test
    void loadStoresEveryRowInItsStateAndIndexesThePublishedOnes() {
        Fakes.Search search = new Fakes.Search();
        NewsStore store = TestNews.store("newsdemo", search);
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            int n = DemoArticles.load(ROWS, store, Trees.TREE, new Author(5, "Hoàng Minh Tuấn"),
                    new Author(1, "Trần Minh Quang"), now);
            assertEquals(ROWS.size(), n);
            assertEquals(ROWS.size(), store.count());
            Map<State, Integer> d = DemoArticles.distribution(ROWS);
            List<Article> feed = store.feed(null, null, now, null, 100);
            assertEquals(d.get(State.PUBLISHED), feed.size(), "published now: neither scheduled nor expired");
            assertTrue(feed.get(0).featured() && feed.get(0).featuredOrder() == 1, "featured first");
            assertEquals(d.get(State.PUBLISHED), search.indexed.size(), "indexed as at approval");
            assertTrue(search.indexed.stream().allMatch(x -> x.type().equals("article")));
            assertEquals(d.get(State.DRAFT), store.withStatus(Set.of(ReviewStatus.DRAFT)).size());
            assertEquals(d.get(State.SUBMITTED), store.withStatus(Set.of(ReviewStatus.SUBMITTED)).size());
            List<Article> returned = store.withStatus(Set.of(ReviewStatus.RETURNED));
            assertEquals(d.get(State.RETURNED), returned.size());
            assertTrue(returned.stream().allMatch(a -> a.lastComment() != null && !a.lastComment().isBlank()));
            List<Article> approved = store.withStatus(Set.of(ReviewStatus.APPROVED));
            assertEquals((long) d.get(State.SCHEDULED), approved.stream().filter(a -> a.publishAt().isAfter(now)).count());
            assertEquals((long) d.get(State.EXPIRED), approved.stream().filter(a -> a.expiresAt() != null
                    && !a.expiresAt().isAfter(now)).count());
            Article first = store.find(feed.get(0).id()).orElseThrow(); // the feed carries no bodies
            assertEquals("Hoàng Minh Tuấn", first.authorName());
            assertTrue(first.sourceUrl().startsWith("https://example.vn/"), first.sourceUrl());
            assertTrue(first.tags().contains(DemoArticles.TAG));
            Row row = ROWS.stream().filter(r -> r.title().equals(first.title())).findFirst().orElseThrow();
            assertEquals(row.body(), first.body(), "the sanitiser keeps the demo HTML as it is");
            List<ArticleVersion> versions = store.versions(first.id());
            assertEquals(List.of("DRAFT", "SUBMIT", "APPROVE"), versions.stream().map(ArticleVersion::kind).toList());
            assertEquals("Trần Minh Quang", versions.get(2).editorName(), "reviewed by the admin");
            assertTrue(versions.get(0).savedAt().isBefore(first.publishAt()), "written before it was published");
        } finally {
            store.close();
        }
    }
}
