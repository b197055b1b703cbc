package vn.sotay.search.lucene.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.search.SearchDocument;

/** Test documents. */
final class Docs {
    static final Instant DAY1 = Instant.parse("2025-01-01T00:00:00Z"), DAY2 = Instant.parse("2025-01-02T00:00:00Z");

    static SearchDocument doc(String type, String id, String title, String body, Long... audience) {
        return doc(type, id, title, body, DAY1, audience);
    }

    static SearchDocument doc(String type, String id, String title, String body, Instant date, Long... audience) {
        return new SearchDocument(type, id, title, body, "/api/" + type + "/" + id, List.of(audience), date);
    }

    /** A document with {@link SearchDocument#keys}. */
    static SearchDocument keyed(String type, String id, String key, String title, String body, Long... audience) {
        return new SearchDocument(type, id, title, body, "/api/" + type + "/" + id, List.of(audience), DAY1, List.of(key));
    }

    private Docs() {
    }
}
