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
        JsonNode hits = http.get("/api/search?q=" + Http.encode(q) + "&limit=100", token).expectJson(200).json();
        assertTrue(hits.isArray(), "search answers a list: " + hits);
        for (JsonNode h : hits) {
            if (("/api/notices/" + id).equals(h.path("url").asText())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Polls until the query finds the notice (indexing may show a moment after the send). */
    public static JsonNode awaitHit(Http http, String token, String q, long id) {
        Await.until(Duration.ofSeconds(15), "search «" + q + "» finds notice " + id,
                () -> Await.Check.of(hit(http, token, q, id).isPresent(), "no hit"));
        return hit(http, token, q, id).orElseThrow();
    }
}
