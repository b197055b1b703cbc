package vn.sotay.api.search;

import java.time.Instant;
import java.util.List;

/**
 * A document in the search index.
 *
 * @param type     content type, the contributor's {@link vn.sotay.spi.search.SearchContributor#TYPE}
 * @param id       id unique within the type
 * @param title    weighted above the body
 * @param body     plain text
 * @param url      API path a client opens for the hit, e.g. {@code /api/notices/42}
 * @param audience org node ids whose subtrees may read it (see
 *                 {@link vn.sotay.api.auth.AuthorizationService#canRead}); empty means everyone
 * @param date     publication date, newer ranks first among equal scores
 * @param keys     identifiers people type to find exactly this document, such as a party document's
 *                 number {@code 619-BC/ĐUK}. Matched ignoring case, diacritics, spaces and
 *                 punctuation ({@code so 619 bc/duk} finds it), and a key match ranks above every
 *                 text match. Empty for most content.
 * @param visibleFrom  before this instant the document is in no result ({@code null}: at once), so
 *                     content scheduled for later can be indexed early without showing early
 * @param visibleUntil from this instant the document is in no result ({@code null}: never), so
 *                     expired content leaves every result the moment it expires, whatever the index
 *                     holds; both are checked when the search runs, against the search's clock
 * @since 1.1 ({@code keys}), 1.2 ({@code visibleFrom}, {@code visibleUntil})
 */
public record SearchDocument(String type, String id, String title, String body, String url, List<Long> audience,
        Instant date, List<String> keys, Instant visibleFrom, Instant visibleUntil) {
    public SearchDocument {
        audience = List.copyOf(audience);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** A document visible as long as it is indexed. */
    public SearchDocument(String type, String id, String title, String body, String url, List<Long> audience,
            Instant date, List<String> keys) {
        this(type, id, title, body, url, audience, date, keys, null, null);
    }

    /** A document without {@link #keys}. */
    public SearchDocument(String type, String id, String title, String body, String url, List<Long> audience,
            Instant date) {
        this(type, id, title, body, url, audience, date, List.of());
    }
}
