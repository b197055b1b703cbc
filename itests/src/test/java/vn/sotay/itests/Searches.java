package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /api/search}: finding a notice's hit. */
public final class Searches {
    private Searches() {
    }

    /** The hit whose url is {@code /api/notices/{id}} for this query, if any. */
    public static Optional<JsonNode> hit(Http http, String token, String q, long id) {
        return hitAt(http, token, q, "/api/notices/" + id);
    }

    /** The hit whose url is {@code url} for this query, if any. */
    public static Optional<JsonNode> hitAt(Http http, String token, String q, String url) {
        JsonNode hits = http.get("/api/search?q=" + Http.encode(q) + "&limit=100", token).expectJson(200).json();
        assertTrue(hits.isArray(), "search answers a list: " + hits);
        for (JsonNode h : hits) {
            if (url.equals(h.path("url").asText())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Polls until the query finds the notice (indexing may show a moment after the send). */
    public static JsonNode awaitHit(Http http, String token, String q, long id) {
        return awaitHitAt(http, token, q, "/api/notices/" + id);
    }

    /** Polls until the query finds the hit with this url. */
    public static JsonNode awaitHitAt(Http http, String token, String q, String url) {
        Await.until(Duration.ofSeconds(15), "search «" + q + "» finds " + url,
                () -> Await.Check.of(hitAt(http, token, q, url).isPresent(), "no hit"));
        return hitAt(http, token, q, url).orElseThrow();
    }
}
