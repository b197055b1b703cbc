package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Accent-insensitive search, filtered to what the caller may read (rest-api.md, /api/search). */
@Order(5)
class SearchIT {
    static final String TITLE = "Hướng dẫn sinh hoạt Đảng viên tháng 12";

    private static Http http;
    private static String memberA;
    private static String memberB;
    private static long noticeId;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        long tp = Orgs.id(http, committeeTp, Demo.TP);
        noticeId = Notices.sendId(http, committeeTp, TITLE,
                "Chi bộ tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", tp);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
    }

    static Optional<JsonNode> hit(String token, String q, long id) {
        return Searches.hit(http, token, q, id);
    }

    static JsonNode awaitHit(String token, String q, long id) {
        return Searches.awaitHit(http, token, q, id);
    }

    @Test
    void withAndWithoutDiacriticsTheMemberFindsTheNotice() {
        JsonNode h = awaitHit(memberA, "dang vien", noticeId);
        assertEquals("notice", h.path("type").asText(), "hit type: " + h);
        assertEquals(String.valueOf(noticeId), h.path("id").asText(), "hit id: " + h);
        assertEquals(TITLE, h.path("title").asText(), "hit title: " + h);
        assertTrue(h.path("score").isNumber(), "score: " + h);
        awaitHit(memberA, "đảng viên", noticeId);
        awaitHit(memberA, "ĐẢNG VIÊN", noticeId);
        // decomposed text (typed on macOS, pasted from Word) finds it too (docs/stack.md, trap 8)
        awaitHit(memberA, Normalizer.normalize("đảng viên", Normalizer.Form.NFD), noticeId);
        // words of the body count
        awaitHit(memberA, "phong cach Ho Chi Minh", noticeId);
        // and the type filter keeps it
        JsonNode filtered = http.get("/api/search?q=" + Http.encode("dang vien") + "&types=notice&limit=100", memberA)
                .expectJson(200).json();
        assertTrue(filtered.toString().contains("/api/notices/" + noticeId), "types=notice: " + filtered);
    }

    @Test
    void aMemberOutsideTheAudienceDoesNotFindIt() {
        // first make sure the index shows it at all, else absence proves nothing
        awaitHit(memberA, "dang vien", noticeId);
        assertFalse(hit(memberB, "dang vien", noticeId).isPresent(), "member of cell B (SH) must not find it");
        assertFalse(hit(memberB, "đảng viên", noticeId).isPresent(), "member of cell B (SH) must not find it");
    }

    @Test
    void aBlankQueryIs400() {
        http.get("/api/search?q=", memberA).expectProblem(400);
        http.get("/api/search?q=" + Http.encode("   "), memberA).expectProblem(400);
        http.get("/api/search", memberA).expectProblem(400);
        http.get("/api/search?q=dang", null).expectProblem(401);
    }
}
