package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Surveys (thăm dò ý kiến) over HTTP: a named round trip with rates per child (exempt members out of
 * the denominators), reminders through the inbox, closing; an anonymous survey whose tables hold no
 * link from member to answers; one response per member, concurrently too; another district sees nothing.
 */
@Order(6)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveysIT {
    private static Http http;
    private static String admin;
    private static String committeeTp;
    private static String committeeSh;
    private static String secretaryA;
    private static String memberA;
    private static String memberB;
    private static long tpPbt;
    private static long cellA;
    private static long anonymousId;
    private static final String DEMO_CLOSED = "Lấy ý kiến về sinh hoạt chi bộ định kỳ";

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, admin);
        tpPbt = Orgs.find(tree, Demo.TP_PBT).orElseThrow().path("id").asLong();
        cellA = Orgs.find(tree, Demo.CELL_A).orElseThrow().path("id").asLong();
        // the demo contributors run one after another after boot, and load only into an empty module:
        // wait for the demo surveys before making any
        Await.until(Duration.ofSeconds(120), "the demo surveys are loaded", () -> {
            List<JsonNode> all = http.all("/api/surveys", admin);
            return Await.Check.of(all.stream().anyMatch(i -> i.path("title").asText().equals(DEMO_CLOSED)), all.size());
        });
    }

    static ObjectNode survey(String title, long org, boolean anonymous, Instant open, Instant close) {
        ObjectNode s = Http.object().put("title", title).put("description", "Kiểm thử tích hợp.").put("orgId", org)
                .put("anonymous", anonymous).put("resultsPublic", true).put("openAt", open.toString())
                .put("closeAt", close.toString());
        ArrayNode q = s.putArray("questions");
        q.addObject().put("kind", "SINGLE").put("text", "Đồng chí đánh giá buổi sinh hoạt thế nào?").put("required", true)
                .putArray("options").add("Tốt").add("Khá").add("Trung bình");
        ObjectNode multi = q.addObject().put("kind", "MULTIPLE").put("text", "Nội dung cần chú trọng").put("maxChoices", 2);
        multi.putArray("options").add("Nghị quyết").add("Địa phương").add("Phê bình");
        q.addObject().put("kind", "TEXT").put("text", "Ý kiến khác").put("maxLength", 500);
        return s;
    }

    static JsonNode answers(JsonNode detail, int single, String text, String receipt) {
        ObjectNode body = Http.object();
        ArrayNode a = body.putArray("answers");
        JsonNode qs = detail.path("questions");
        a.addObject().put("questionId", qs.get(0).path("id").asLong()).putArray("options").add(single);
        a.addObject().put("questionId", qs.get(1).path("id").asLong()).putArray("options").add(0).add(2);
        if (text != null) {
            a.addObject().put("questionId", qs.get(2).path("id").asLong()).put("text", text);
        }
        if (receipt != null) {
            body.put("receipt", receipt);
        }
        return body;
    }

    private static boolean inboxHas(String token, String title) {
        for (JsonNode i : http.get("/api/inbox?limit=100", token).expectJson(200).json().path("items")) {
            if (i.path("title").asText().equals(title)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void aNamedRoundTripWithRatesPerChildExemptMembersExcluded() {
        Instant now = Instant.now();
        String title = "Thăm dò IT " + now.toEpochMilli();
        JsonNode draft = http.post("/api/surveys", committeeTp, survey(title, tpPbt, false, now.minusSeconds(60),
                now.plus(Duration.ofDays(3)))).expectJson(201).json();
        long id = draft.path("id").asLong();
        assertEquals("DRAFT", draft.path("status").asText(), "draft: " + draft);
        http.get("/api/surveys/" + id, memberA).expectProblem(404);
        http.send("PUT", "/api/surveys/" + id, committeeTp, "application/json",
                survey(title, tpPbt, false, now.minusSeconds(60), now.plus(Duration.ofDays(3))).toString()).expectJson(200);
        http.post("/api/surveys/" + id + "/publish", memberA, null).expectProblem(404);
        JsonNode open = http.post("/api/surveys/" + id + "/publish", committeeTp, null).expectJson(200).json();
        assertEquals("OPEN", open.path("status").asText());
        http.send("PUT", "/api/surveys/" + id, committeeTp, "application/json",
                survey(title, tpPbt, false, now, now.plus(Duration.ofDays(3))).toString()).expectProblem(409);
        assertTrue(inboxHas(memberA, "Thăm dò ý kiến: " + title), "the members were told it opened");

        JsonNode first = http.get("/api/surveys?limit=100", memberA).expectJson(200).json().path("items").get(0);
        assertNotNull(first);
        JsonNode listed = null;
        for (JsonNode i : http.all("/api/surveys", memberA)) {
            if (i.path("id").asLong() == id) {
                listed = i;
            }
        }
        assertNotNull(listed, "member A lists it");
        assertFalse(listed.path("answered").asBoolean());
        assertEquals("OPEN", first.path("status").asText(), "open surveys come first: " + first);

        JsonNode detail = http.get("/api/surveys/" + id, memberA).expectJson(200).json();
        JsonNode r1 = http.post("/api/surveys/" + id + "/responses", memberA, answers(detail, 0, "Ý kiến đầu", null))
                .expectJson(200).json();
        assertFalse(r1.path("changed").asBoolean());
        assertTrue(r1.path("receipt").isNull() || r1.path("receipt").isMissingNode(), "named: no receipt " + r1);
        JsonNode r2 = http.post("/api/surveys/" + id + "/responses", memberA, answers(detail, 1, "Ý kiến sửa lại", null))
                .expectJson(200).json();
        assertTrue(r2.path("changed").asBoolean(), "a second answer replaces the first: " + r2);
        JsonNode mine = http.get("/api/surveys/" + id, memberA).expectJson(200).json();
        assertTrue(mine.path("answered").asBoolean());
        assertEquals(3, mine.path("myAnswers").size(), "named: the member's answers come back: " + mine);
        http.post("/api/surveys/" + id + "/responses", memberA, Map.of("answers", List.of())).expectProblem(400);

        // an exempt member of cell A answers: counted in the responses, never in a rate
        JsonNode exempt = http.all("/api/members?org=" + cellA, admin).stream()
                .filter(m -> m.path("status").asText().equals("EXEMPT")).findFirst().orElseThrow();
        String exemptToken = Members.account(http, admin, exempt, Map.of());
        http.post("/api/surveys/" + id + "/responses", exemptToken, answers(detail, 2, null, null)).expectJson(200);
        long countedA = http.all("/api/members?org=" + cellA, admin).stream()
                .filter(m -> Set2.COUNTED.contains(m.path("status").asText())).count();

        http.get("/api/surveys/" + id + "/results", memberA).expectProblem(403);
        JsonNode results = http.get("/api/surveys/" + id + "/results", committeeTp).expectJson(200).json();
        assertEquals(2, results.path("responses").asLong(), "two responses: " + results);
        assertEquals(1, results.path("respondedCounted").asLong(), "the exempt member is not counted: " + results);
        JsonNode childA = null;
        for (JsonNode c : results.path("children")) {
            if (c.path("orgId").asLong() == cellA) {
                childA = c;
            }
        }
        assertNotNull(childA, "cell A is a child of TP-PBT: " + results);
        assertEquals(countedA, childA.path("counted").asLong(), "official and probationary members only: " + childA);
        assertEquals(1, childA.path("responded").asLong());
        assertEquals(Math.round(10000.0 / countedA) / 10000.0, childA.path("rate").asDouble(), 0.0001);
        JsonNode q1 = results.path("questions").get(0).path("options");
        assertEquals(1, q1.get(1).path("count").asLong(), "member A's changed answer: " + q1);
        assertEquals(1, q1.get(2).path("count").asLong());
        assertEquals(0, q1.get(0).path("count").asLong(), "the first answer was replaced");
        JsonNode texts = results.path("questions").get(2).path("answers");
        assertEquals("Ý kiến sửa lại", texts.get(0).path("text").asText());
        assertFalse(texts.get(0).path("memberName").asText("").isBlank(), "named: the answer has its member: " + texts);

        // metrics for the statistics module: this survey opened inside the window, two responses
        String window = "&from=" + now.minusSeconds(3600) + "&to=" + now.plusSeconds(3600);
        assertTrue(http.get("/api/metrics/surveys.sent?org=" + tpPbt + window, committeeTp).expectJson(200).json()
                .path("total").asLong() >= 1, "surveys.sent");
        assertTrue(http.get("/api/metrics/surveys.responses?org=" + tpPbt + window, committeeTp).expectJson(200).json()
                .path("total").asLong() >= 2, "surveys.responses");

        Http.Response xlsx = http.get("/api/surveys/" + id + "/results.xlsx", committeeTp).expect(200);
        assertTrue(xlsx.mediaType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(xlsx.body().startsWith("PK"), "a ZIP (XLSX)");

        // reminders: to those who have not answered, not twice within the hour
        JsonNode reminded = http.post("/api/surveys/" + id + "/remind", committeeTp, null).expectJson(200).json();
        assertTrue(reminded.path("told").asLong() >= countedA - 1, "reminded: " + reminded);
        http.post("/api/surveys/" + id + "/remind", committeeTp, null).expectProblem(409);
        assertFalse(inboxHas(memberA, "Nhắc trả lời thăm dò ý kiến: " + title), "member A answered: no reminder");
        JsonNode other = http.all("/api/members?org=" + cellA, admin).stream()
                .filter(m -> m.path("status").asText().equals("OFFICIAL") && !m.path("phone").asText().startsWith("090000000"))
                .findFirst().orElseThrow();
        assertTrue(inboxHas(Members.account(http, admin, other, Map.of()), "Nhắc trả lời thăm dò ý kiến: " + title));

        // calendar: the closing time is in member A's agenda, not in member B's
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String range = "/api/agenda?from=" + today + "&to=" + today.plusDays(7);
        assertTrue(inAgenda(http.get(range, memberA).expectJson(200).json(), id), "member A's agenda");
        assertFalse(inAgenda(http.get(range, memberB).expectJson(200).json(), id), "not member B's");
        JsonNode closed = http.post("/api/surveys/" + id + "/close", committeeTp, null).expectJson(200).json();
        assertEquals("CLOSED", closed.path("status").asText());
        http.post("/api/surveys/" + id + "/responses", memberA, answers(detail, 0, null, null)).expectProblem(409);
        http.post("/api/surveys/" + id + "/close", committeeTp, null).expectProblem(409);
        assertEquals(2, http.get("/api/surveys/" + id + "/results", memberA).expectJson(200).json().path("responses").asLong(),
                "results public after closing");
    }

    @Test
    @Order(5)
    void theDemoHasAClosedSurveyWithResponsesAcrossTheProvinceAndAnOpenOne() {
        JsonNode closed = http.all("/api/surveys", admin).stream()
                .filter(i -> i.path("title").asText().equals(DEMO_CLOSED)).findFirst().orElseThrow();
        assertEquals("CLOSED", closed.path("status").asText());
        JsonNode r = http.get("/api/surveys/" + closed.path("id").asLong() + "/results", admin).expectJson(200).json();
        assertTrue(r.path("responses").asLong() > 50, "responses across the province: " + r.path("responses"));
        assertTrue(r.path("children").size() >= 3, "rates per district: " + r.path("children"));
        assertTrue(r.path("rate").asDouble() > 0.3 && r.path("rate").asDouble() < 1, "rate " + r.path("rate"));
        assertEquals(200, http.get("/api/surveys/" + closed.path("id").asLong() + "/results", memberA).status(),
                "public results after closing");
        assertTrue(http.all("/api/surveys", memberA).stream().anyMatch(i -> i.path("status").asText().equals("OPEN")
                && i.path("title").asText().equals("Thăm dò nhu cầu học tập nghị quyết năm tới")), "the open demo survey");
    }

    @Test
    @Order(2)
    void anotherDistrictCannotSeeOrAnswer() {
        Instant now = Instant.now();
        long id = http.post("/api/surveys", secretaryA, survey("Thăm dò chi bộ A " + now.toEpochMilli(), cellA, false,
                now.minusSeconds(60), now.plus(Duration.ofDays(2)))).expectJson(201).json().path("id").asLong();
        JsonNode detail = http.post("/api/surveys/" + id + "/publish", secretaryA, null).expectJson(200).json();
        http.get("/api/surveys/" + id, memberB).expectProblem(404);
        http.post("/api/surveys/" + id + "/responses", memberB, answers(detail, 0, null, null)).expectProblem(404);
        http.get("/api/surveys/" + id + "/results", committeeSh).expectProblem(404);
        http.post("/api/surveys/" + id + "/remind", committeeSh, null).expectProblem(404);
        assertTrue(http.all("/api/surveys", memberB).stream().noneMatch(i -> i.path("id").asLong() == id));
        http.post("/api/surveys/" + id + "/responses", committeeTp, answers(detail, 0, null, null)).expectProblem(403);
        http.post("/api/surveys", committeeSh, survey("Không được", cellA, false, now, now.plusSeconds(3600))).expectProblem(403);
        long later = http.post("/api/surveys", secretaryA, survey("Chưa mở", cellA, false, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)))).expectJson(201).json().path("id").asLong();
        http.post("/api/surveys/" + later + "/publish", secretaryA, null).expectJson(200);
        http.get("/api/surveys/" + later, memberA).expectProblem(404);
    }

    @Test
    @Order(3)
    void anAnonymousSurveyTakesOneResponsePerMemberConcurrentlyToo() throws Exception {
        Instant now = Instant.now();
        JsonNode created = http.post("/api/surveys", secretaryA, survey("Thăm dò ẩn danh " + now.toEpochMilli(), cellA, true,
                now.minusSeconds(60), now.plus(Duration.ofDays(2)))).expectJson(201).json();
        anonymousId = created.path("id").asLong();
        JsonNode detail = http.post("/api/surveys/" + anonymousId + "/publish", secretaryA, null).expectJson(200).json();
        JsonNode first = http.post("/api/surveys/" + anonymousId + "/responses", memberA, answers(detail, 0, "Bí mật", null))
                .expectJson(200).json();
        String receipt = first.path("receipt").asText();
        assertEquals(22, receipt.length(), "a receipt: " + first);
        http.post("/api/surveys/" + anonymousId + "/responses", memberA, answers(detail, 1, null, null)).expectProblem(409);
        assertTrue(http.post("/api/surveys/" + anonymousId + "/responses", memberA, answers(detail, 1, "Đổi ý", receipt))
                .expectJson(200).json().path("changed").asBoolean());
        assertTrue(http.get("/api/surveys/" + anonymousId, memberA).expectJson(200).json().path("myAnswers").isEmpty(),
                "anonymous: the server cannot show a member their answers");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> http.post("/api/surveys/" + anonymousId + "/responses", secretaryA,
                        answers(detail, 2, null, null)).status());
            }
            int ok = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                int s = f.get();
                assertTrue(s == 200 || s == 409, "status " + s);
                ok += s == 200 ? 1 : 0;
            }
            assertEquals(1, ok, "one response for six concurrent requests");
        } finally {
            pool.shutdown();
        }
        JsonNode results = http.get("/api/surveys/" + anonymousId + "/results", secretaryA).expectJson(200).json();
        assertEquals(2, results.path("responses").asLong());
        JsonNode text = results.path("questions").get(2).path("answers").get(0);
        assertEquals("Đổi ý", text.path("text").asText());
        assertTrue(text.path("memberName").isNull() || text.path("memberName").isMissingNode(), "no name: " + text);
    }

    @Test
    @Order(4)
    void theAnonymousTablesHoldNoLinkFromMemberToAnswers() {
        String cols = "SELECT c.COLUMNNAME FROM SYS.SYSCOLUMNS c, SYS.SYSTABLES t WHERE c.REFERENCEID = t.TABLEID AND "
                + "t.TABLENAME = '%s' ORDER BY c.COLUMNNUMBER";
        List<List<Map<String, Object>>> r = Tables.query(String.format(cols, "SRV_ROLL"), String.format(cols, "SRV_BOX"),
                String.format(cols, "SRV_ANSWER"),
                "SELECT COUNT(*) AS N FROM SRV_ROLL WHERE SURVEY_ID = " + anonymousId,
                "SELECT COUNT(*) AS N FROM SRV_BOX WHERE SURVEY_ID = " + anonymousId,
                "SELECT COUNT(*) AS N FROM SRV_NAMED WHERE SURVEY_ID = " + anonymousId);
        assertEquals(List.of("SURVEY_ID", "MEMBER_ID"), names(r.get(0)), "the roll: survey and member, nothing else");
        assertEquals(List.of("BALLOT_ID", "SURVEY_ID", "RECEIPT_HASH"), names(r.get(1)), "the box: no member, no time");
        assertEquals(List.of("BALLOT_ID", "SURVEY_ID", "QUESTION_ID", "OPTION_NO", "TEXT"), names(r.get(2)));
        assertEquals(2L, ((Number) r.get(3).get(0).get("N")).longValue());
        assertEquals(2L, ((Number) r.get(4).get(0).get("N")).longValue());
        assertEquals(0L, ((Number) r.get(5).get(0).get("N")).longValue(), "no named link for an anonymous survey");
    }

    private static boolean inAgenda(JsonNode agenda, long id) {
        for (JsonNode e : agenda.isArray() ? agenda : agenda.path("entries")) {
            if ("surveys".equals(e.path("source").asText()) && String.valueOf(id).equals(e.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(List<Map<String, Object>> rows) {
        return rows.stream().map(m -> String.valueOf(m.get("COLUMNNAME"))).toList();
    }

    /** The statuses counted in rates (Eligibility.countsInRates). */
    private static final class Set2 {
        static final java.util.Set<String> COUNTED = java.util.Set.of("OFFICIAL", "PROBATIONARY");
    }
}
