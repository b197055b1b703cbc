package vn.sotay.news.internal;

import java.time.Instant;

import vn.sotay.api.ProblemException;

/**
 * The keyset cursor of the member feed: the sort key of the last item of a page. The feed is two
 * segments, featured articles first (by {@code featuredOrder}, then newest), then the others
 * (newest first); ties are broken by the id, descending. The next page holds the rows whose key
 * comes after this one: {@code f:<featuredOrder>:<publishAt epoch ms>:<id>} while the last item was
 * featured (the rest of the featured segment, then the other segment from its start),
 * {@code n:<publishAt epoch ms>:<id>} after. Publish times are stored at millisecond precision
 * (requests and approval truncate them), so the millisecond is exact. Pure.
 */
record FeedCursor(boolean featured, int featuredOrder, Instant publishAt, long id) {

    /** The cursor after this item. */
    static FeedCursor after(boolean featured, int featuredOrder, Instant publishAt, long id) {
        return new FeedCursor(featured, featured ? featuredOrder : 0, publishAt, id);
    }

    static FeedCursor after(ArticleItem i) {
        return after(i.featured(), i.featuredOrder(), i.publishAt(), i.id());
    }

    /** No publication time is after the year 3000: a cursor beyond it is malformed (a database timestamp could not hold it). */
    static final long LATEST = 32_503_680_000_000L;

    /** The query parameter form. */
    String encode() {
        return featured ? "f:" + featuredOrder + ":" + publishAt.toEpochMilli() + ":" + id
                : "n:" + publishAt.toEpochMilli() + ":" + id;
    }

    /** {@code null} for an absent cursor (the first page); 400 naming {@code cursor} when malformed. */
    static FeedCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] p = cursor.strip().split(":", -1);
        try {
            if (p.length == 4 && "f".equals(p[0])) {
                int order = Integer.parseInt(p[1]);
                long id = Long.parseLong(p[3]);
                long at = Long.parseLong(p[2]);
                if (order >= 0 && id > 0 && at >= 0 && at < LATEST) {
                    return new FeedCursor(true, order, Instant.ofEpochMilli(at), id);
                }
            } else if (p.length == 3 && "n".equals(p[0])) {
                long id = Long.parseLong(p[2]);
                long at = Long.parseLong(p[1]);
                if (id > 0 && at >= 0 && at < LATEST) {
                    return new FeedCursor(false, 0, Instant.ofEpochMilli(at), id);
                }
            }
        } catch (RuntimeException e) {
            // NumberFormatException, DateTimeException: fall through
        }
        throw ProblemException.invalid("cursor", "Con trỏ phân trang không hợp lệ");
    }
}
