package vn.sotay.news.internal;

import java.time.Instant;

/** JSON of one saved change: {@code GET /api/news/articles/{id}/versions} (body left out of the list). */
public record ArticleVersion(long articleId, int number, String title, String summary, String body,
        long editorAccountId, String editorName, Instant savedAt, String status, String kind, String comment) {

    ArticleVersion withoutBody() {
        return new ArticleVersion(articleId, number, title, summary, null, editorAccountId, editorName, savedAt,
                status, kind, comment);
    }
}
