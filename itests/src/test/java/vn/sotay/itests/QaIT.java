package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The qa module over HTTP: a member asks the committee above the cell, the committee forwards it up
 * (never sideways), answers with a citation of a party document, the asker is told through the inbox;
 * a private question stays with its asker and its answering committees; the overdue roll-up with a
 * service level of 0 working days (etc/vn.sotay.qa.cfg, taken without a restart, removed afterwards);
 * uninstalling and reinstalling sotay-qa keeps every question and its route.
 */
@Order(7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QaIT {
    static final String FEATURE = "sotay-qa";
    static final Path CFG = Distribution.get().home().resolve("etc/vn.sotay.qa.cfg");
    static Http http;
    static String admin, memberA, memberB, secretaryA, committeeTp, committeeSh;
    static long tp, sh, pbt, tu;
    static long answered;

    @BeforeAll
    static void logIn() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, admin);
        tu = Orgs.find(tree, Demo.TU).orElseThrow().path("id").asLong();
        tp = Orgs.find(tree, Demo.TP).orElseThrow().path("id").asLong();
        sh = Orgs.find(tree, Demo.SH).orElseThrow().path("id").asLong();
        pbt = Orgs.find(tree, Demo.TP_PBT).orElseThrow().path("id").asLong();
    }

    static JsonNode ask(String token, String text, boolean publishable) {
        return http.post("/api/qa/questions", token, Map.of("text", text, "topic", "Sinh hoạt chi bộ",
                "publishable", publishable)).expectJson(201).json();
    }

    static boolean lists(JsonNode page, long id) {
        return StreamSupport.stream(page.path("items").spliterator(), false).anyMatch(i -> i.path("id").asLong() == id);
    }

    @Test
    @Order(1)
    void askForwardAnswerWithACitationAndTheAskerIsTold() {
        JsonNode q = ask(memberA, "Đảng viên dự bị có được biểu quyết về công tác nhân sự không? (QaIT "
                + System.nanoTime() + ")", true);
        long id = q.path("id").asLong();
        assertEquals(pbt, q.path("orgId").asLong(), "addressed to the committee directly above cell A: " + q);
        assertEquals("WAITING", q.path("status").asText());
        assertFalse(q.path("privateQuestion").asBoolean());
        assertTrue(http.get("/api/qa", memberA).expectJson(200).json().path("mine").toString().contains("\"id\":" + id));

        JsonNode desk = http.get("/api/qa/desk?orgId=" + tp + "&limit=100", committeeTp).expectJson(200).json();
        assertTrue(lists(desk, id), "on TP's desk: " + desk);
        String previous = "";
        for (JsonNode i : desk.path("items")) {
            assertTrue(i.path("askedAt").asText().compareTo(previous) >= 0, "waiting longest first: " + desk);
            assertTrue(i.path("waitingSeconds").asLong() >= 0);
            previous = i.path("askedAt").asText();
        }
        http.get("/api/qa/desk?orgId=" + tp, committeeSh).expectProblem(403);

        // only upward: not sideways into another district, not to itself
        http.post("/api/qa/questions/" + id + "/forward", committeeTp, Map.of("orgId", sh)).expectProblem(400);
        http.post("/api/qa/questions/" + id + "/forward", committeeTp, Map.of("orgId", pbt)).expectProblem(400);
        http.post("/api/qa/questions/" + id + "/forward", committeeSh, Map.of("orgId", tu)).expectProblem(404);
        JsonNode f = http.post("/api/qa/questions/" + id + "/forward", committeeTp,
                Map.of("orgId", tp, "note", "Thuộc thẩm quyền Thành ủy")).expectJson(200).json();
        assertEquals("FORWARDED", f.path("status").asText());
        assertEquals(tp, f.path("orgId").asLong());
        assertEquals(pbt, f.path("route").get(0).path("fromOrgId").asLong(), f.toString());
        assertEquals(tp, f.path("route").get(0).path("toOrgId").asLong());
        http.post("/api/qa/questions/" + id + "/assign", committeeTp, Map.of()).expectJson(200);

        long document = http.get("/api/documents?limit=1", committeeTp).expectJson(200).json()
                .path("items").get(0).path("id").asLong();
        http.post("/api/qa/questions/" + id + "/answer", committeeTp, Map.of("text", "Trả lời",
                "citations", List.of("document:2000000001"))).expectProblem(400);
        JsonNode a = http.post("/api/qa/questions/" + id + "/answer", committeeTp, Map.of("text",
                "Đảng viên dự bị không biểu quyết về nhân sự (Điều lệ Đảng, Điều 5).",
                "citations", List.of("document:" + document))).expectJson(200).json();
        assertEquals("ANSWERED", a.path("status").asText());
        JsonNode cite = a.path("answer").path("citations").get(0);
        assertTrue(cite.path("available").asBoolean(), a.toString());
        assertEquals("document", cite.path("ref").path("type").asText());
        http.post("/api/qa/questions/" + id + "/answer", committeeTp, Map.of("text", "Lần hai")).expectProblem(409);

        JsonNode mine = http.get("/api/qa/questions/" + id, memberA).expectJson(200).json();
        assertEquals("ANSWERED", mine.path("status").asText());
        assertEquals(a.path("answer").path("text").asText(), mine.path("answer").path("text").asText());
        Await.until(Duration.ofSeconds(10), "member A's inbox tells of the answer", () -> {
            JsonNode inbox = http.get("/api/inbox?limit=50", memberA).expectJson(200).json();
            boolean told = StreamSupport.stream(inbox.path("items").spliterator(), false).anyMatch(i ->
                    "qa".equals(i.path("module").asText()) && String.valueOf(id).equals(i.path("content").path("ref").path("id").asText())
                            && i.path("content").path("available").asBoolean());
            return Await.Check.of(told, inbox);
        });
        answered = id;

        // published to the province's FAQ after review, without its asker
        JsonNode proposed = http.post("/api/qa/questions/" + id + "/faq", committeeTp, Map.of("topic", "Đảng viên dự bị",
                "source", "Điều lệ Đảng, Điều 5", "scopeOrgId", tu)).expectJson(201).json();
        assertEquals("SUBMITTED", proposed.path("status").asText());
        long faq = proposed.path("id").asLong();
        http.get("/api/qa/faq/" + faq, memberB).expectProblem(404);
        http.post("/api/qa/faq/" + faq + "/approve", committeeTp, null).expectProblem(403);
        JsonNode published = http.post("/api/qa/faq/" + faq + "/approve", admin, null).expectJson(200).json();
        assertEquals("APPROVED", published.path("status").asText());
        JsonNode entry = http.get("/api/qa/faq/" + faq, memberB).expectJson(200).json();
        String asker = mine.path("askerName").asText();
        assertFalse(asker.isEmpty());
        assertFalse(entry.toString().contains(asker), "anonymised: " + entry);
        assertTrue(entry.path("askerName").isMissingNode(), entry.toString());
        assertEquals("document", entry.path("citations").get(0).path("ref").path("type").asText(), entry.toString());
        JsonNode found = http.get("/api/qa/faq?q=" + Http.encode("dang vien du bi bieu quyet nhan su"), memberB)
                .expectJson(200).json();
        assertTrue(lists(found, faq), "searchable without diacritics, in another district: " + found);
        assertTrue(lists(http.get("/api/qa/faq?topic=" + Http.encode("Đảng viên dự bị") + "&limit=100", memberB)
                .expectJson(200).json(), faq), "listed by topic");
    }

    @Test
    @Order(2)
    void aPrivateQuestionIsInvisibleToOtherMembersAndOtherDistricts() {
        JsonNode q = ask(memberA, "Câu hỏi riêng tư về hoàn cảnh gia đình, xin không công bố (QaIT " + System.nanoTime() + ")", false);
        long id = q.path("id").asLong();
        assertTrue(q.path("privateQuestion").asBoolean());
        for (String other : List.of(secretaryA, memberB, committeeSh)) {
            http.get("/api/qa/questions/" + id, other).expectProblem(404);
            http.post("/api/qa/questions/" + id + "/close", other, null).expectProblem(404);
        }
        assertFalse(lists(http.get("/api/qa/questions?limit=100", memberB).expectJson(200).json(), id));
        assertFalse(lists(http.get("/api/qa/desk?orgId=" + sh + "&limit=100", committeeSh).expectJson(200).json(), id));
        http.get("/api/qa/questions/" + id, committeeTp).expectJson(200);
        http.get("/api/qa/questions/" + id, admin).expectJson(200);
        http.post("/api/qa/questions/" + id + "/forward", memberA, Map.of("orgId", tp)).expectProblem(403);
    }

    @Test
    @Order(3)
    void overdueQuestionsRollUpToTheCommitteesAbove() throws Exception {
        try {
            Files.writeString(CFG, "serviceLevelDays = 0\n");
            Await.until(Duration.ofSeconds(30), "the service level of 0 days is taken", () -> {
                JsonNode o = http.get("/api/qa", memberA).expectJson(200).json();
                return Await.Check.of(o.path("serviceLevelDays").asInt() == 0, o);
            });
            long id = ask(memberA, "Câu hỏi quá hạn ngay vì thời hạn bằng 0 (QaIT " + System.nanoTime() + ")", true)
                    .path("id").asLong();
            JsonNode d = http.get("/api/qa/questions/" + id, committeeTp).expectJson(200).json();
            assertTrue(d.path("overdue").asBoolean(), d.toString());
            JsonNode r = http.get("/api/qa/desk/overdue?orgId=" + tp, committeeTp).expectJson(200).json();
            assertTrue(r.path("overdue").asLong() >= 1, r.toString());
            JsonNode child = StreamSupport.stream(r.path("children").spliterator(), false)
                    .filter(c -> c.path("orgId").asLong() == pbt).findFirst().orElseThrow();
            assertTrue(child.path("overdue").asLong() >= 1, r.toString());
            JsonNode province = http.get("/api/qa/desk/overdue?orgId=" + tu, admin).expectJson(200).json();
            JsonNode district = StreamSupport.stream(province.path("children").spliterator(), false)
                    .filter(c -> c.path("orgId").asLong() == tp).findFirst().orElseThrow();
            assertTrue(district.path("overdue").asLong() >= 1, "visible at the province: " + province);
            JsonNode overview = http.get("/api/qa", committeeTp).expectJson(200).json();
            assertTrue(overview.path("desks").get(0).path("overdue").asLong() >= 1, overview.toString());
            http.get("/api/qa/desk/overdue?orgId=" + tp, committeeSh).expectProblem(403);
        } finally {
            Files.deleteIfExists(CFG);
        }
        Await.until(Duration.ofSeconds(30), "the default service level is back", () -> {
            JsonNode o = http.get("/api/qa", memberA).expectJson(200).json();
            return Await.Check.of(o.path("serviceLevelDays").asInt() == 5, o);
        });
    }

    @Test
    @Order(4)
    void uninstallAndReinstallKeepEveryQuestion() {
        JsonNode before = http.get("/api/qa/questions/" + answered, memberA).expectJson(200).json();
        boolean installed = true;
        try {
            String out = Shell.exec("feature:uninstall " + FEATURE);
            installed = false;
            Await.until(Duration.ofSeconds(30), "/api/qa answers 404 after feature:uninstall (" + out + ")", () -> {
                Http.Response r = http.get("/api/qa", memberA);
                return Await.Check.of(r.status() == 404, r);
            });
            http.get("/api/ping", null).expect(200);
            out = Shell.exec("feature:install " + FEATURE);
            installed = true;
            Await.until(Duration.ofSeconds(60), "/api/qa answers 200 after feature:install (" + out + ")", () -> {
                Http.Response r = http.get("/api/qa/questions/" + answered, memberA);
                return Await.Check.of(r.status() == 200, r);
            });
        } finally {
            if (!installed) {
                Shell.run("feature:install " + FEATURE);
            }
        }
        JsonNode after = http.get("/api/qa/questions/" + answered, memberA).expectJson(200).json();
        for (String field : List.of("text", "status", "route", "answer", "askedAt")) {
            assertEquals(before.path(field).toString(), after.path(field).toString(), field);
        }
    }
}
