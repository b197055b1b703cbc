package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;

/**
 * JSON body of {@code POST /api/news/articles} and {@code PUT /api/news/articles/{id}}; everything
 * but title, body, category and audience is optional. {@code coverImageId} is the id (SHA-256) of
 * an image uploaded with {@code POST /api/news/images}.
 */
public record ArticleRequest(String title, String summary, String body, String sourceName, String sourceUrl,
        String category, List<String> tags, Boolean featured, Integer featuredOrder, Long audienceOrgId,
        Instant publishAt, Instant expiresAt, String coverImageId) {
}
