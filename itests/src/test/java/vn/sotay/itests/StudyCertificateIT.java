package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The study certificate over HTTP: member A answers every question of a contest right, secretary A
 * (a member of the same cell) none; before the close nobody gets one (409); after it member A's
 * PDF, read back with PDFBox, carries the name with its diacritics, the contest and the score;
 * secretary A, under the pass mark, gets a 403 problem; committee TP, who took no part, a 404.
 */
@org.junit.jupiter.api.Order(7)
class StudyCertificateIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theMemberAboveTheMarkGetsAVietnamesePdfOthersAProblem() throws Exception {
        Http http = Distribution.get().http();
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        String memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long cellA = Orgs.find(Orgs.tree(http, committeeTp), Demo.CELL_A).orElseThrow().path("id").asLong();
        // the statistics contributions over this test's window, at cell A, before and after its two attempts
        String window = "?org=" + cellA + "&from=" + Instant.now().minusSeconds(1) + "&to=" + Instant.now().plusSeconds(3600);
        long participantsBefore = metric(http, committeeTp, "study.participants" + window);
        long passedBefore = metric(http, committeeTp, "study.passed" + window);
        long bank = http.post("/api/study/banks", committeeTp, Map.of("orgId", cellA, "name", "Ngân hàng chứng nhận"))
                .expectJson(201).json().path("id").asLong();
        http.send("POST", "/api/study/banks/" + bank + "/import", committeeTp, "text/csv; charset=UTF-8", StudyCalls.BANK)
                .expectJson(200);
        String title = "Cuộc thi cấp giấy chứng nhận " + System.nanoTime();
        Instant closes = Instant.now().plusSeconds(12);
        long contest = http.post("/api/study/contests", committeeTp, Http.object().put("orgId", cellA).put("bankId", bank)
                .put("kind", "CONTEST").put("title", title).put("questionCount", 3).put("minutes", 5).put("passPercent", 60)
                .put("opensAt", Instant.now().minusSeconds(5).toString()).put("closesAt", closes.toString()))
                .expectJson(201).json().path("id").asLong();

        JsonNode a = http.post("/api/study/contests/" + contest + "/attempts", memberA, null).expectJson(201).json();
        for (JsonNode q : a.path("questions")) {
            int right = -1;
            for (JsonNode o : q.path("options")) {
                if (o.path("text").asText().equals("Đúng")) {
                    right = o.path("index").asInt();
                }
            }
            http.send("PUT", "/api/study/attempts/" + a.path("id").asLong() + "/answers/" + q.path("no").asInt(), memberA,
                    "application/json", "{\"choices\":[" + right + "]}").expectJson(200);
        }
        assertEquals(3, http.post("/api/study/attempts/" + a.path("id").asLong() + "/submit", memberA, null)
                .expectJson(200).json().path("score").asInt(-1));
        long s = http.post("/api/study/contests/" + contest + "/attempts", secretaryA, null).expectJson(201).json()
                .path("id").asLong();
        http.post("/api/study/attempts/" + s + "/submit", secretaryA, null).expectJson(200);
        assertTrue(metric(http, committeeTp, "study.participants" + window) - participantsBefore >= 2,
                "member A and secretary A took part");
        assertEquals(1, metric(http, committeeTp, "study.passed" + window) - passedBefore, "member A passed, secretary A did not");
        http.get("/api/metrics/study.passed" + window, memberA).expectProblem(403);

        String path = "/api/study/contests/" + contest + "/certificate";
        http.get(path, memberA).expectProblem(409);
        Distribution.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 500);

        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Authorization", "Bearer " + memberA).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), r.headers().toString());
        String name = http.get("/api/members/me", memberA).expectJson(200).json().path("fullName").asText();
        assertTrue(!name.isBlank() && !name.chars().allMatch(c -> c < 128), "a Vietnamese name with diacritics: " + name);
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertTrue(text.contains("GIẤY CHỨNG NHẬN"), text);
            assertTrue(text.contains(name), name + " in " + text);
            assertTrue(text.contains("3/3 câu trả lời đúng (100%)"), text);
            assertTrue(text.contains(title), text);
        }
        JsonNode under = http.get(path, secretaryA).expectProblem(403).json();
        assertTrue(under.path("detail").asText().contains("0/3 câu (0%)"), under.toString());
        http.get(path, committeeTp).expectProblem(404);
    }

    /** The {@code total} of {@code GET /api/metrics/<id and query>}. */
    private static long metric(Http http, String token, String idAndQuery) {
        return http.get("/api/metrics/" + idAndQuery, token).expectJson(200).json().path("total").asLong(-1);
    }
}
