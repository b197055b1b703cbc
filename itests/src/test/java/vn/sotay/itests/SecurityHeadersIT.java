package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Security headers on every answer (issue 9, item 11): for every GET of every installed module
 * without path parameters (read from /api/openapi.json, so a new module joins by itself), anonymous
 * and authenticated, successes and errors, and the CMS files.
 */
@Order(2)
class SecurityHeadersIT {

    static void assertApiHeaders(Http.Response r, boolean authenticated) {
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(null), r.what() + " " + r.status());
        assertEquals("no-referrer", r.header("Referrer-Policy").orElse(null), r.what());
        assertTrue(r.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), r.what());
        assertEquals("DENY", r.header("X-Frame-Options").orElse(null), r.what());
        if (authenticated || r.status() >= 400) {
            assertEquals("no-store", r.header("Cache-Control").orElse(null),
                    r.what() + " (" + r.status() + ", authenticated=" + authenticated + ")");
        }
    }

    @Test
    void everyGetOfEveryModuleAnonymousAndAuthenticatedCarriesTheHeaders() {
        Http http = Distribution.get().http();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        JsonNode paths = http.get("/api/openapi.json", null).expectJson(200).json().path("paths");
        List<String> sampled = new ArrayList<>();
        paths.fields().forEachRemaining(e -> {
            if (!e.getKey().contains("{") && e.getValue().has("get")) {
                sampled.add(e.getKey());
            }
        });
        assertTrue(sampled.size() >= 10 && sampled.stream().anyMatch(p -> p.startsWith("/api/notices"))
                && sampled.stream().anyMatch(p -> p.startsWith("/api/news"))
                && sampled.stream().anyMatch(p -> p.startsWith("/api/documents")), "sampled: " + sampled);
        for (String path : sampled) {
            assertApiHeaders(http.get(path, null), false);
            Http.Response r = http.get(path, admin);
            assertTrue(r.status() < 500, r.toString());
            assertApiHeaders(r, true);
        }
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        assertApiHeaders(http.get("/api/notices", null).expectProblem(401), false);
        assertApiHeaders(http.get("/api/notices", "not-a-token").expectProblem(401), false);
        assertApiHeaders(http.get("/api/no-such-thing", null).expectProblem(404), false);
        assertApiHeaders(http.get("/api/no-such-thing", member).expectProblem(404), true);
        assertApiHeaders(http.get("/api/notices/999999999", member).expectProblem(404), true);
        assertApiHeaders(http.post("/api/notices", member, "{broken").expectProblem(400), true);
        assertApiHeaders(http.send("DELETE", "/api/ping", null, null, null), false);
    }

    @Test
    void theNewsFeedIsNoStoreForItsReaderButKeepsItsETag() {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        Http.Response feed = http.get("/api/news", member).expectJson(200);
        assertApiHeaders(feed, true);
        String etag = feed.header("ETag").orElseThrow(() -> new AssertionError("the feed keeps its ETag: " + feed.headers()));
        Http.Response again = http.exchange("GET", "/api/news", Map.of("Authorization", "Bearer " + member,
                "If-None-Match", etag), null);
        assertEquals(304, again.status(), "a client keeping its own copy still revalidates");
        assertEquals("no-store", again.header("Cache-Control").orElse(null));
    }

    @Test
    void everyCmsAnswerCarriesNosniffReferrerPolicyAndFrameAncestors() {
        Http http = Distribution.get().http();
        for (String[] c : new String[][] {{"GET", "/cms/"}, {"GET", "/cms/app/app.js"}, {"GET", "/cms/m/index.json"},
                {"GET", "/cms/app/none.js"}, {"POST", "/cms/"}, {"GET", "/cms"}}) {
            Http.Response r = http.exchange(c[0], c[1], Map.of("Accept", "*/*"), c[0].equals("POST") ? new byte[0] : null);
            assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(null), c[0] + " " + c[1] + " " + r.status());
            assertTrue(r.header("Referrer-Policy").isPresent(), c[1]);
            assertTrue(r.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), c[1]);
        }
    }
}
