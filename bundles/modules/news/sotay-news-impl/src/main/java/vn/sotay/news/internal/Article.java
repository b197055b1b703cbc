package vn.sotay.news.internal;

import vn.sotay.api.review.ReviewStatus;

import java.time.Instant;
import java.util.List;

/** A stored article as the module's code sees it (the entity never leaves the store). */
record Article(long id, String title, String summary, String body, long authorAccountId, String authorName,
        String sourceName, String sourceUrl, String category, List<String> tags, boolean featured, int featuredOrder,
        long audienceOrgId, ReviewStatus status, Instant publishAt, Instant expiresAt, long views, int version,
        String lastComment, Instant createdAt, Instant updatedAt, boolean indexed, String coverImageId) {

    /** Without a cover image. */
    Article(long id, String title, String summary, String body, long authorAccountId, String authorName,
            String sourceName, String sourceUrl, String category, List<String> tags, boolean featured,
            int featuredOrder, long audienceOrgId, ReviewStatus status, Instant publishAt, Instant expiresAt, long views,
            int version, String lastComment, Instant createdAt, Instant updatedAt, boolean indexed) {
        this(id, title, summary, body, authorAccountId, authorName, sourceName, sourceUrl, category, tags, featured,
                featuredOrder, audienceOrgId, status, publishAt, expiresAt, views, version, lastComment, createdAt,
                updatedAt, indexed, null);
    }

    /** Approved, its publish time passed and not yet expired: what members may read. */
    boolean published(Instant now) {
        return status == ReviewStatus.APPROVED && publishAt != null && !publishAt.isAfter(now)
                && (expiresAt == null || expiresAt.isAfter(now));
    }
}
