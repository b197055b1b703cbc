package vn.sotay.api.search;

import java.time.Instant;

/** One search result; {@code snippet} is plain text around the best match. */
public record SearchHit(String type, String id, String title, String snippet, String url, Instant date,
        float score) {
}
