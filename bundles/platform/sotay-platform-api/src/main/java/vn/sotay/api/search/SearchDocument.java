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
 */
public record SearchDocument(String type, String id, String title, String body, String url, List<Long> audience,
        Instant date) {
    public SearchDocument {
        audience = List.copyOf(audience);
    }
}
