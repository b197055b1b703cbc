package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sending and listing notices (docs/rest-api.md, "Notices module"). */
public final class Notices {
    private Notices() {
    }

    /** Sends a notice; asserts 201 and returns the created notice. */
    public static JsonNode send(Http http, String token, String title, String body, long audienceOrgId,
            Instant expiresAt) {
        ObjectNode req = Http.object().put("title", title).put("body", body).put("audienceOrgId", audienceOrgId);
        if (expiresAt != null) {
            req.put("expiresAt", expiresAt.toString());
        }
        JsonNode n = http.post("/api/notices", token, req).expectJson(201).json();
        assertEquals(title, n.path("title").asText(), "title of the created notice: " + n);
        assertEquals(audienceOrgId, n.path("audienceOrgId").asLong(), "audience of the created notice: " + n);
        return n;
    }

    public static long sendId(Http http, String token, String title, String body, long audienceOrgId) {
        return send(http, token, title, body, audienceOrgId, null).path("id").asLong();
    }

    /** The caller's whole inbox ({@code GET /api/notices}, every page). */
    public static List<JsonNode> inbox(Http http, String token) {
        return http.all("/api/notices", token);
    }

    /** The inbox item with this id, if listed. */
    public static Optional<JsonNode> inInbox(Http http, String token, long id) {
        return find(inbox(http, token), id);
    }

    public static Optional<JsonNode> find(List<JsonNode> items, long id) {
        return items.stream().filter(n -> n.path("id").asLong() == id).findFirst();
    }

    /** Ids of a list, for messages. */
    public static String ids(List<JsonNode> items) {
        return items.stream().map(n -> n.path("id").asText() + (n.path("read").asBoolean() ? "r" : "u")).toList()
                .toString();
    }
}
