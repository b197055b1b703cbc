package vn.sotay.news.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.news.internal.entity.ArticleEntity;
import vn.sotay.news.internal.entity.ImageEntity;
import vn.sotay.news.internal.entity.VersionEntity;

/** Entities of the NEWS_* tables to the module's records and back; no state. */
final class Rows {
    private Rows() {
    }

    static NewsImage image(ImageEntity e) {
        String url = "/api/news/images/" + e.getSha256();
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        if (e.getVariants() != null) {
            for (String v : e.getVariants().split(",")) {
                variants.put(v, url + "?variant=" + v);
            }
        }
        return new NewsImage(e.getSha256(), url, e.getMediaType(), e.getByteSize(), e.getWidth(), e.getHeight(),
                Map.copyOf(variants));
    }
    static VersionEntity version(ArticleEntity e, ReviewAction action, long editorId, String editorName,
            Instant now, String comment) {
        VersionEntity v = new VersionEntity();
        v.setArticleId(e.getId());
        v.setNumber(e.getVersion());
        v.setTitle(e.getTitle());
        v.setSummary(e.getSummary());
        v.setBody(e.getBody());
        v.setEditorAccountId(editorId);
        v.setEditorName(editorName);
        v.setSavedAt(utc(now));
        v.setStatus(e.getStatus());
        v.setKind(action.name());
        v.setComment(comment);
        return v;
    }
    static ArticleVersion version(VersionEntity v) {
        return new ArticleVersion(v.getArticleId(), v.getNumber(), v.getTitle(), v.getSummary(), v.getBody(),
                v.getEditorAccountId(), v.getEditorName(), instant(v.getSavedAt()), v.getStatus(), v.getKind(),
                v.getComment());
    }
    static Article article(ArticleEntity e) {
        return new Article(e.getId(), e.getTitle(), e.getSummary(), e.getBody(), e.getAuthorAccountId(),
                e.getAuthorName(), e.getSourceName(), e.getSourceUrl(), e.getCategory(),
                e.getTags() == null ? List.of() : List.of(e.getTags().split(",")), e.isFeatured(),
                e.getFeaturedOrder(), e.getAudienceOrgId(), ReviewStatus.valueOf(e.getStatus()), instant(e.getPublishAt()),
                instant(e.getExpiresAt()), e.getViews(), e.getVersion(), e.getLastComment(), instant(e.getCreatedAt()),
                instant(e.getUpdatedAt()), e.isIndexed(), e.getCoverImageId());
    }
    static Article withoutBody(Article a) {
        return new Article(a.id(), a.title(), a.summary(), null, a.authorAccountId(), a.authorName(), a.sourceName(),
                a.sourceUrl(), a.category(), a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(), a.status(),
                a.publishAt(), a.expiresAt(), a.views(), a.version(), a.lastComment(), a.createdAt(), a.updatedAt(),
                a.indexed(), a.coverImageId());
    }
}
