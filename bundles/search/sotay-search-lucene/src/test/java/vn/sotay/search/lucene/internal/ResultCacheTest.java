package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;

/**
 * The kept hits answer exactly as the filtered Lucene query: random trees, documents (audiences,
 * windows, keys, tied scores and dates), callers, queries, limits and writes in between; every
 * answer of {@link LuceneIndex#search} equals {@link LuceneIndex#searchDirect}'s, hit for hit, in order.
 */
class ResultCacheTest {
    static final String[] WORDS = {"nghị", "quyết", "chi", "bộ", "họp", "đảng", "viên", "chuyển", "đổi", "số",
        "nông", "thôn", "mới", "kiểm", "tra", "giám", "sát", "thông", "báo", "kế", "hoạch"};
    static final List<String> TYPES = List.of("notice", "news", "document");
    static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path dir;
    LuceneIndex index;
    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    final Map<Long, List<Long>> paths = new HashMap<>();

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void keptHitsFilteredInMemoryEqualTheFilteredQuery() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            compare(new Random(seed), seed);
        }
    }

    void compare(Random r, long seed) throws IOException {
        paths.clear();
        paths.put(1L, List.of(1L));
        for (long id = 2; id <= 40; id++) { // a random tree under 1
            long parent = 1 + r.nextInt((int) id - 1);
            List<Long> p = new ArrayList<>(paths.get(parent));
            p.add(id);
            paths.put(id, p);
        }
        if (index != null) {
            index.close();
        }
        Clock clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        index = new LuceneIndex(dir.resolve("s" + seed), id -> paths.getOrDefault(id, List.of()), clock);
        for (int i = 0; i < 700; i++) {
            index.index(doc(r, i));
        }
        int compared = 0;
        long served = index.results.served.sum();
        for (int i = 0; i < 500; i++) {
            if (r.nextInt(50) == 0) { // a write: the next searches see it
                int id = r.nextInt(800);
                if (r.nextBoolean()) {
                    index.index(doc(r, id));
                } else {
                    index.delete(TYPES.get(id % 3), "d" + id);
                }
            }
            if (r.nextInt(100) == 0) { // time passes: windows open and close on kept hits
                now.set(now.get().plusSeconds(r.nextInt(7200) - 3000));
            }
            String q = query(r);
            Set<String> types = new HashSet<>();
            TYPES.forEach(t -> {
                if (r.nextInt(4) > 0) {
                    types.add(t);
                }
            });
            Visibility v = visibility(r);
            int limit = r.nextInt(20) == 0 ? 250 : 1 + r.nextInt(r.nextBoolean() ? 20 : 100);
            List<SearchHit> kept = index.search(q, types, v, limit);
            List<SearchHit> direct = index.searchDirect(q, types, v, limit);
            assertEquals(direct, kept, () -> "seed " + seed + ": '" + q + "' " + types + " " + v + " limit " + limit);
            compared += direct.isEmpty() ? 0 : 1;
        }
        assertTrue(compared > 200, "most comparisons have hits: " + compared);
        assertTrue(index.results.served.sum() - served > 300, "most searches answered from kept hits");
    }

    @Test
    void aDocumentOfAnOlderFormatIsFoundAsBeforeUntilItsTypeIsRefilled() throws IOException {
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir.resolve("old"));
                org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                        new org.apache.lucene.index.IndexWriterConfig(new VietnameseAnalyzer(false)))) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StringField(Fields.TYPE, "notice",
                    org.apache.lucene.document.Field.Store.YES));
            old.add(new org.apache.lucene.document.StoredField(Fields.ID, "old"));
            old.add(new org.apache.lucene.document.TextField(Fields.TITLE, "Thông báo họp",
                    org.apache.lucene.document.Field.Store.YES));
            // format 2: addressed to everyone, but the audience was not stored
            old.add(new org.apache.lucene.document.StringField(Fields.AUD, Fields.PUBLIC,
                    org.apache.lucene.document.Field.Store.NO));
            w.addDocument(old);
        }
        index = new LuceneIndex(dir.resolve("old"), id -> List.of());
        Visibility member = new Visibility(List.of(1L, 2L), Set.of());
        assertEquals(List.of("old"), index.search("thông báo", Set.of("notice"), member, 10).stream().map(SearchHit::id).toList());
        assertEquals(index.searchDirect("thông báo", Set.of("notice"), member, 10), index.search("thông báo", Set.of("notice"), member, 10));
    }

    SearchDocument doc(Random r, int i) {
        List<Long> audience = new ArrayList<>();
        for (int a = r.nextInt(4) - 1; a > 0; a--) {
            audience.add(1L + r.nextInt(40));
        }
        Instant from = r.nextInt(6) == 0 ? T0.plusSeconds(r.nextInt(7200) - 3600) : null;
        Instant until = r.nextInt(6) == 0 ? T0.plusSeconds(r.nextInt(7200) - 1800) : null;
        List<String> keys = r.nextInt(5) == 0 ? List.of((1 + r.nextInt(30)) + "-QĐ/TW") : List.of();
        return new SearchDocument(TYPES.get(i % 3), "d" + i, words(r, 2 + r.nextInt(4)), words(r, 5 + r.nextInt(40)),
                "/api/x/" + i, audience, T0.minusSeconds(86_400L * r.nextInt(5)), keys, from, until);
    }

    static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static String query(Random r) {
        String q = words(r, 1 + r.nextInt(3));
        q = r.nextInt(3) == 0 ? Snippets.fold(q) : q; // without diacritics
        return r.nextInt(8) == 0 ? "số " + (1 + r.nextInt(30)) + " qđ/tw " + q : q;
    }

    Visibility visibility(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> new Visibility(List.of(), Set.of());
            case 2 -> new Visibility(paths.get(1L + r.nextInt(40)), new HashSet<>(List.of(1L + r.nextInt(40), 1L + r.nextInt(40))));
            default -> new Visibility(paths.get(1L + r.nextInt(40)), Set.of());
        };
    }
}
