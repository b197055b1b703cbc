package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;

/**
 * JSON list item of an article (no body, no view count: the feed's ETag must not change on reads).
 * {@code coverUrl} is the cover image ({@code /api/news/images/{coverImageId}}), {@code coverThumbUrl}
 * its 320 px thumbnail when the image has one (else {@code null}); all three {@code null} without a cover.
 */
public record ArticleItem(long id, String title, String summary, String category, String categoryLabel,
        List<String> tags, boolean featured, int featuredOrder, long audienceOrgId, String audienceName,
        String authorName, String sourceName, String sourceUrl, String status, Instant publishAt, Instant expiresAt,
        int version, Instant updatedAt, String coverImageId, String coverUrl, String coverThumbUrl) {
}
