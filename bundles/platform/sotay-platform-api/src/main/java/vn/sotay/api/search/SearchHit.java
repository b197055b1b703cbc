package vn.sotay.api.search;

import java.time.Instant;
import java.util.List;

/**
 * One search result.
 *
 * @param snippet    plain text around the best match (never HTML)
 * @param highlights where the query's words occur in {@code snippet}, so a client can mark them
 *                   without parsing markup: UTF-16 offsets, ascending, not overlapping
 * @since 1.1 ({@code highlights})
 */
public record SearchHit(String type, String id, String title, String snippet, String url, Instant date,
        float score, List<Highlight> highlights) {
    public SearchHit {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** A hit without highlights. */
    public SearchHit(String type, String id, String title, String snippet, String url, Instant date, float score) {
        this(type, id, title, snippet, url, date, score, List.of());
    }

    /** {@code snippet.substring(start, end)} matched a word of the query. */
    public record Highlight(int start, int end) {
    }
}
