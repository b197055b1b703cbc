package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;

/** JSON list item of an article (no body, no view count: the feed's ETag must not change on reads). */
public record ArticleItem(long id, String title, String summary, String category, String categoryLabel,
        List<String> tags, boolean featured, int featuredOrder, long audienceOrgId, String audienceName,
        String authorName, String sourceName, String sourceUrl, String status, Instant publishAt, Instant expiresAt,
        int version, Instant updatedAt) {
}
