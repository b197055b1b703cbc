package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Content references (issue 10, contract 1) over HTTP: {@code GET /api/content} resolves
 * {@code type:id} through the owning module for the caller; what the caller may not read, what is
 * gone and what an uninstalled module owned all answer "unavailable" alike.
 */
@Order(7)
class ContentReferencesIT {
    private static Http http;
    private static String admin;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
    }

    static JsonNode resolve(String token, String... refs) {
        StringBuilder q = new StringBuilder();
        for (String r : refs) {
            q.append(q.length() == 0 ? "?" : "&").append("ref=").append(Http.encode(r));
        }
        JsonNode out = http.get("/api/content" + q, token).expectJson(200).json();
        assertEquals(refs.length, out.size(), out.toString());
        return out;
    }

    @Test
    void referencesResolveForTheCallerAndNothingElseIsSaid() {
        long tp = Orgs.id(http, admin, Demo.TP);
        long sh = Orgs.id(http, admin, Demo.SH);
        long published = http.post("/api/news/articles", admin, Map.of("title", "Tin được trích dẫn", "body",
                "<p>Nội dung</p>", "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        long draft = http.post("/api/news/articles", admin, Map.of("title", "Bản nháp bí mật", "body", "<p>Nháp</p>",
                "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        String editor = Members.account(http, admin, Members.member(http, admin, Orgs.id(http, admin, Demo.CELL_A), 6), Map.of("EDITOR", tp));
        long own = http.post("/api/news/articles", editor, Map.of("title", "Tin để duyệt", "body", "<p>x</p>",
                "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        http.post("/api/news/articles/" + own + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + own + "/approve", admin, null).expectJson(200);
        long shDoc = http.post("/api/documents", admin, TrustIT.document("906-TB/HU", sh, sh)).expectJson(201).longField("id");
        http.post("/api/documents/" + shDoc + "/submit", admin, null).expectJson(200);
        String reviewer = Members.account(http, admin, Members.member(http, admin, Orgs.id(http, admin, Demo.CELL_A), 7), Map.of("REVIEWER", tu()));
        http.post("/api/documents/" + shDoc + "/approve", reviewer, null).expectJson(200);

        String memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode a = resolve(memberA, "article:" + own, "article:" + draft, "document:" + shDoc, "article:987654321",
                "lesson:1");
        assertTrue(a.get(0).path("available").asBoolean(), a.toString());
        assertEquals("Tin để duyệt", a.get(0).path("title").asText());
        assertEquals("/api/news/articles/" + own, a.get(0).path("url").asText());
        for (int i = 1; i < 5; i++) {
            JsonNode r = a.get(i);
            assertFalse(r.path("available").asBoolean(), r.toString());
            assertTrue(r.path("title").isNull() && r.path("url").isNull(), "nothing said of it: " + r);
        }
        JsonNode b = resolve(memberB, "document:" + shDoc, "article:" + own);
        assertTrue(b.get(0).path("available").asBoolean(), "member B reads SH's document: " + b);
        assertTrue(b.get(0).path("title").asText().startsWith("906-TB/HU"), b.toString());
        assertFalse(b.get(1).path("available").asBoolean(), "an article for TP is not B's to read");
        assertTrue(resolve(admin, "article:" + draft).get(0).path("available").asBoolean(), "its managers resolve a draft");

        http.get("/api/content?ref=" + Http.encode("không hợp lệ"), memberA).expectProblem(400);
        http.get("/api/content", memberA).expectProblem(400);
        http.get("/api/content?ref=article:1", null).expectProblem(401);
        assertTrue(published > 0);

        // the owner uninstalled: its references are unavailable, and back when it returns
        Shell.run("feature:uninstall sotay-news");
        try {
            Await.until(Duration.ofSeconds(30), "article references unavailable", () -> {
                JsonNode r = resolve(memberA, "article:" + own);
                return Await.Check.of(!r.get(0).path("available").asBoolean(), r);
            });
        } finally {
            Shell.run("feature:install sotay-news");
        }
        Await.until(Duration.ofSeconds(60), "article references resolve again", () -> {
            JsonNode r = resolve(memberA, "article:" + own);
            return Await.Check.of(r.get(0).path("available").asBoolean(), r);
        });
    }

    private static long tu() {
        return Orgs.id(http, admin, Demo.TU);
    }
}
