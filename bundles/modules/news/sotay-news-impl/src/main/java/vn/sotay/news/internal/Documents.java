package vn.sotay.news.internal;

import java.util.List;

import vn.sotay.api.search.SearchDocument;

/** The search form of a published article: title, summary and the body's plain text, its audience. */
final class Documents {
    static final String TYPE = "article";

    private Documents() {
    }

    /** Found from its publication until its expiry, checked at every search (no wait for the index sweep). */
    static SearchDocument of(Article a) {
        return new SearchDocument(TYPE, String.valueOf(a.id()), a.title(), text(a.summary(), a.body()),
                "/api/news/articles/" + a.id(), List.of(a.audienceOrgId()), a.publishAt(), List.of(), a.publishAt(),
                a.expiresAt());
    }

    /** The summary, unless it was taken from the body (then it would be indexed twice), and the body's text. */
    static String text(String summary, String bodyHtml) {
        String body = HtmlSafety.plainText(bodyHtml);
        String lead = summary.endsWith("…") ? summary.substring(0, summary.length() - 1) : summary;
        return lead.isBlank() || body.startsWith(lead) ? body : summary + "\n" + body;
    }
}
