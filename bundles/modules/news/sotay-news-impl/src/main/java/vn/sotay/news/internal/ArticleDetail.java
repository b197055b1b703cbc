package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;

/**
 * JSON of one article: the list item's fields plus the body; {@code views} and {@code lastComment}
 * only for its editors and reviewers ({@code null} for readers); the cover as in {@link ArticleItem}.
 */
public record ArticleDetail(long id, String title, String summary, String body, String category,
        String categoryLabel, List<String> tags, boolean featured, int featuredOrder, long audienceOrgId,
        String audienceName, long authorAccountId, String authorName, String sourceName, String sourceUrl,
        String status, Instant publishAt, Instant expiresAt, int version, Instant createdAt, Instant updatedAt,
        Long views, String lastComment, String coverImageId, String coverUrl, String coverThumbUrl) {
}
