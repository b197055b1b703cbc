package vn.sotay.news.internal;

import java.util.Map;

import vn.sotay.api.Cursors;
import vn.sotay.api.ProblemException;

/**
 * The query parameters of the news lists, parsed: the feed's category (its keyset cursor is
 * {@link FeedCursor}), the desks' offset paging. Every bad value is a 400 naming the parameter.
 */
final class NewsQuery {
    private NewsQuery() {
    }

    /** Offset paging of the desks: where the page starts and how long it is. */
    record Paging(int offset, int limit) {
    }

    /** {@code cursor} (an offset cursor) and {@code limit}, checked in that order. */
    static Paging paging(String cursor, String limit) {
        int offset = Cursors.offset(cursor);
        return new Paging(offset, Cursors.limit(limit));
    }

    /** A category code, or {@code null} for every category; 400 for one that is not in {@code labels}. */
    static String category(String raw, Map<String, String> labels) {
        String cat = raw == null || raw.isBlank() ? null : raw.strip();
        if (cat != null && !labels.containsKey(cat)) {
            throw ProblemException.invalid("category", "Chuyên mục không tồn tại.");
        }
        return cat;
    }
}
