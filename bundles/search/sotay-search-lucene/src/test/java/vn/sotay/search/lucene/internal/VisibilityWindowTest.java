package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;

/** visibleFrom/visibleUntil are checked when the search runs: nothing expired or scheduled shows, without a reindex. */
class VisibilityWindowTest {
    static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");

    @TempDir
    Path dir;
    LuceneIndex index;
    final AtomicReference<Instant> now = new AtomicReference<>(T0);

    @BeforeEach
    void open() throws IOException {
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        index = new LuceneIndex(dir, id -> List.of(), clock);
        index.index(doc("always", null, null));
        index.index(doc("expires", null, T0.plusSeconds(60)));
        index.index(doc("scheduled", T0.plusSeconds(30), null));
        index.index(doc("window", T0.plusSeconds(30), T0.plusSeconds(90)));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static SearchDocument doc(String id, Instant from, Instant until) {
        return new SearchDocument("notice", id, "Thông báo họp chi bộ", "Nội dung", "/api/notices/" + id, List.of(),
                T0, List.of(), from, until);
    }

    Set<String> seen() {
        return Set.copyOf(index.search("họp chi bộ", Set.of("notice"), null, 10).stream().map(SearchHit::id).toList());
    }

    @Test
    void aDocumentIsFoundOnlyInsideItsWindow() {
        assertEquals(Set.of("always", "expires"), seen());
        now.set(T0.plusSeconds(30));
        assertEquals(Set.of("always", "expires", "scheduled", "window"), seen(), "from its first millisecond");
        now.set(T0.plusSeconds(60));
        assertEquals(Set.of("always", "scheduled", "window"), seen(), "gone the moment it expires");
        now.set(T0.plusSeconds(90));
        assertEquals(Set.of("always", "scheduled"), seen());
    }

    @Test
    void documentsOfAnOlderFormatMakeTheirTypeOutdatedUntilRebuilt() throws IOException {
        index.close();
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
                org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StringField(Fields.TYPE, "notice",
                    org.apache.lucene.document.Field.Store.YES));
            w.addDocument(old); // written before the visibility window existed: no expiry to check
        }
        index = new LuceneIndex(dir, id -> List.of());
        org.junit.jupiter.api.Assertions.assertTrue(index.outdated("notice"));
        index.rebuild("notice", sink -> sink.accept(doc("expires", null, T0.plusSeconds(60))));
        org.junit.jupiter.api.Assertions.assertFalse(index.outdated("notice"));
    }
}
