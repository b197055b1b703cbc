package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The study module over HTTP: a question bank imported all or nothing (CSV with row errors, XLSX); a
 * timed attempt on the server's clock (resumed after reconnecting, refused after its deadline whatever
 * the client claims, its key in no answer before the submission); two members of one cell in different
 * orders; rankings without exempt members; saved answers kept across an uninstall and reinstall.
 */
@Order(7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyIT {
    static final String SECRET = "Giải thích kiểm thử chỉ hiện sau khi nộp";
    static final String FEATURE = "sotay-study";
    private static Http http;
    private static String admin;
    private static String committeeTp;
    private static String memberA;
    private static String secretaryA;
    private static String memberB;
    private static String reviewer;
    private static long cellA;
    private static long bank;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, admin);
        cellA = Orgs.find(tree, Demo.CELL_A).orElseThrow().path("id").asLong();
        // the demo reviewer may be locked by AuthIT: a member of cell B gets REVIEWER at the root, as CmsIT does
        long root = Orgs.find(tree, Demo.TU).orElseThrow().path("id").asLong();
        long cellB = Orgs.find(tree, Demo.CELL_B).orElseThrow().path("id").asLong();
        reviewer = Members.account(http, admin, Members.member(http, admin, cellB, 4), Map.of("REVIEWER", root));
    }

    static String csv(int n, String badRow) {
        StringBuilder b = new StringBuilder("Chủ đề,Mức độ,Loại,Câu hỏi,Phương án A,Phương án B,Phương án C,Đáp án,Giải thích,Văn bản,Điều\n");
        for (int i = 1; i <= n; i++) {
            b.append("Nghị quyết kiểm thử,").append(1 + i % 3).append(",Một đáp án,\"Câu hỏi kiểm thử số ").append(i)
                    .append(", có dấu phẩy?\",Đúng ").append(i).append(",Sai ").append(i).append(",Cũng sai,A,")
                    .append(SECRET).append(",Nghị quyết số 01-NQ/TW,Điều ").append(i).append('\n');
            if (i == 2 && badRow != null) {
                b.append(badRow).append('\n');
            }
        }
        return b.toString();
    }

    static byte[] xlsx(int n) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Câu hỏi");
            String[] header = {"Chủ đề", "Mức độ", "Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Đáp án"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= n; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("Bảng tính");
                row.createCell(1).setCellValue(2);
                row.createCell(2).setCellValue("Câu hỏi trong bảng tính số " + r);
                row.createCell(3).setCellValue("Sai");
                row.createCell(4).setCellValue("Đúng");
                row.createCell(5).setCellValue("Sai nữa");
                row.createCell(6).setCellValue("B");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static ObjectNode contest(long org, String topic, int count, Instant closes) {
        return Http.object().put("orgId", org).put("bankId", bank).put("kind", "CONTEST").put("topic", topic)
                .put("title", "Cuộc thi IT " + System.nanoTime()).put("questionCount", count).put("minutes", 30)
                .put("opensAt", Instant.now().minusSeconds(5).toString()).put("closesAt", closes.toString());
    }

    static long create(ObjectNode body) {
        return http.post("/api/study/contests", committeeTp, body).expectJson(201).json().path("id").asLong();
    }

    @Test
    @Order(1)
    void aBankWithABadRowImportsNothingThenCsvAndXlsxImport() throws IOException {
        bank = http.post("/api/study/banks", committeeTp, Map.of("orgId", cellA, "name", "Ngân hàng IT"))
                .expectJson(201).json().path("id").asLong();
        http.get("/api/study/banks/" + bank, memberA).expectProblem(404);
        JsonNode problem = http.send("POST", "/api/study/banks/" + bank + "/import", committeeTp, "text/csv",
                csv(30, "Nghị quyết kiểm thử,9,Một đáp án,,Có,Không,,E,,,")).expectProblem(400).json();
        List<Integer> lines = new ArrayList<>();
        problem.path("errors").forEach(e -> lines.add(e.path("line").asInt()));
        assertTrue(lines.size() >= 3 && lines.stream().allMatch(l -> l == 4), problem.toString());
        assertTrue(problem.toString().contains("Mức độ phải là"), problem.toString());
        assertEquals(0, http.get("/api/study/banks/" + bank, committeeTp).expectJson(200).json().path("questions").asLong());

        JsonNode ok = http.send("POST", "/api/study/banks/" + bank + "/import", committeeTp, "text/csv", csv(30, null))
                .expectJson(200).json();
        assertEquals(30, ok.path("imported").asInt(), ok.toString());
        Http.Response x = http.exchange("POST", "/api/study/banks/" + bank + "/import", Map.of("Authorization", "Bearer " + committeeTp,
                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx(5)).expectJson(200);
        assertEquals(35, x.json().path("total").asLong(), x.toString());
        JsonNode q = http.get("/api/study/banks/" + bank + "/questions?limit=1", committeeTp).expectJson(200).json();
        assertEquals(List.of(0), List.of(q.path("items").get(0).path("correct").get(0).asInt()), q.toString());
    }

    @Test
    @Order(2)
    void aTimedAttemptResumesHidesItsKeyAndRefusesWorkAfterTheServerDeadline() {
        Instant closes = Instant.now().plusSeconds(12);
        long id = create(contest(cellA, "Nghị quyết kiểm thử", 10, closes));
        List<String> seen = new ArrayList<>();
        Http.Response started = http.post("/api/study/contests/" + id + "/attempts", memberA, null).expectJson(201);
        seen.add(started.body());
        JsonNode a = started.json();
        long attempt = a.path("id").asLong();
        assertTrue(a.path("secondsLeft").asLong() <= 12, a.toString());
        assertEquals(10, a.path("questions").size());
        int right = right(a.path("questions").get(0));
        seen.add(http.send("PUT", "/api/study/attempts/" + attempt + "/answers/1", memberA, "application/json",
                "{\"choices\":[" + right + "]}").expectJson(200).body());
        seen.add(http.send("PUT", "/api/study/attempts/" + attempt + "/answers/1", memberA, "application/json",
                "{\"choices\":[" + right + "]}").expectJson(200).body());
        // the connection drops; another login resumes the same attempt with the time that is left
        String again = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        Http.Response resumed = http.post("/api/study/contests/" + id + "/attempts", again, null).expectJson(200);
        seen.add(resumed.body());
        assertEquals(attempt, resumed.json().path("id").asLong());
        assertEquals(List.of(right), List.of(resumed.json().path("questions").get(0).path("chosen").get(0).asInt()));
        assertTrue(resumed.json().path("secondsLeft").asLong() <= a.path("secondsLeft").asLong());
        seen.add(http.get("/api/study/attempts/" + attempt, again).expectJson(200).body());
        seen.add(http.get("/api/study/contests/" + id, again).expectJson(200).body());
        seen.add(http.get("/api/study", again).expectJson(200).body());
        http.get("/api/study/attempts/" + attempt, memberB).expectProblem(404);
        http.get("/api/study/attempts/" + attempt, secretaryA).expectProblem(404);
        for (String body : seen) {
            assertFalse(body.contains(SECRET), "the explanation before submitting: " + body);
            assertFalse(body.contains("\"correct\":["), "the key before submitting: " + body);
        }

        Distribution.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 1_000);
        // a forged client clock: headers and body say it is still early; the server's clock decides
        Http.Response late = http.sendWith("POST", "/api/study/attempts/" + attempt + "/submit", again,
                Map.of("submittedAt", Instant.now().minusSeconds(3600).toString()),
                Map.of("X-Client-Time", Instant.now().minusSeconds(3600).toString(), "If-Unmodified-Since", "Mon, 01 Jan 2024 00:00:00 GMT"));
        late.expectProblem(409);
        assertTrue(late.body().contains("hết giờ"), late.body());
        http.send("PUT", "/api/study/attempts/" + attempt + "/answers/2", again, "application/json", "{\"choices\":[0]}")
                .expectProblem(409);
        JsonNode after = http.get("/api/study/attempts/" + attempt, again).expectJson(200).json();
        assertEquals(1, after.path("score").asInt(), "what was saved in time is scored: " + after);
        assertTrue(after.toString().contains(SECRET), "the key once the contest closed");
    }

    @Test
    @Order(3)
    void twoMembersOfOneCellSeeDifferentOrders() {
        long id = create(contest(cellA, "Nghị quyết kiểm thử", 12, Instant.now().plusSeconds(600)));
        JsonNode a = http.post("/api/study/contests/" + id + "/attempts", memberA, null).expectJson(201).json();
        JsonNode s = http.post("/api/study/contests/" + id + "/attempts", secretaryA, null).expectJson(201).json();
        assertNotEquals(texts(a), texts(s));
        assertEquals(texts(a), texts(http.get("/api/study/attempts/" + a.path("id").asLong(), memberA).expectJson(200).json()),
                "stable for the attempt");
        http.post("/api/study/contests/" + id + "/attempts", memberB, null).expectProblem(404);
        http.post("/api/study/contests/" + id + "/attempts", committeeTp, null).expectProblem(403);
    }

    @Test
    @Order(4)
    void rankingsPerOrganisationLeaveOutExemptMembers() {
        Instant closes = Instant.now().plusSeconds(15);
        long tpPbt = Orgs.find(Orgs.tree(http, admin), Demo.TP_PBT).orElseThrow().path("id").asLong();
        long id = create(contest(tpPbt, "Nghị quyết kiểm thử", 5, closes));
        JsonNode exempt = http.all("/api/members?org=" + cellA, admin).stream()
                .filter(m -> m.path("status").asText().equals("EXEMPT")).findFirst().orElseThrow();
        String exemptToken = Members.account(http, admin, exempt, Map.of());
        for (String token : List.of(memberA, exemptToken)) {
            JsonNode a = http.post("/api/study/contests/" + id + "/attempts", token, null).expectJson(201).json();
            long attempt = a.path("id").asLong();
            for (JsonNode q : a.path("questions")) {
                int choice = token.equals(exemptToken) ? right(q) : (right(q) + 1) % 3;
                http.send("PUT", "/api/study/attempts/" + attempt + "/answers/" + q.path("no").asInt(), token,
                        "application/json", "{\"choices\":[" + choice + "]}").expectJson(200);
            }
            JsonNode done = http.post("/api/study/attempts/" + attempt + "/submit", token, null).expectJson(200).json();
            assertFalse(done.toString().contains("\"correct\":["), "a contest's key waits for its close: " + done);
        }
        http.get("/api/study/contests/" + id + "/rankings", memberA).expectProblem(409);
        Distribution.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 1_000);
        JsonNode r = http.get("/api/study/contests/" + id + "/rankings", committeeTp).expectJson(200).json();
        assertEquals(1, r.path("overall").path("participants").asInt(), r.toString());
        assertFalse(r.toString().contains(exempt.path("fullName").asText()), "the exempt member is nowhere: " + r);
        assertEquals(0, r.path("top").get(0).path("score").asInt(), r.toString());
        assertTrue(r.path("organisations").size() >= 1, r.toString());
        JsonNode cell = null;
        for (JsonNode o : r.path("organisations")) {
            if (o.path("orgId").asLong() == cellA) {
                cell = o;
            }
        }
        assertEquals(1, cell.path("participants").asInt(), r.toString());
        assertTrue(cell.path("participationRate").asDouble() > 0 && cell.path("participationRate").asDouble() < 100, r.toString());
    }

    @Test
    @Order(5)
    void uninstallAndReinstallDuringAnOpenContestKeepEverySavedAnswer() {
        long id = create(contest(cellA, null, 6, Instant.now().plusSeconds(900)));
        JsonNode a = http.post("/api/study/contests/" + id + "/attempts", memberA, null).expectJson(201).json();
        long attempt = a.path("id").asLong();
        for (int no = 1; no <= 4; no++) {
            http.send("PUT", "/api/study/attempts/" + attempt + "/answers/" + no, memberA, "application/json",
                    "{\"choices\":[" + (no % 2) + "]}").expectJson(200);
        }
        boolean installed = true;
        try {
            String out = Shell.exec("feature:uninstall " + FEATURE);
            installed = false;
            Await.until(Duration.ofSeconds(30), "/api/study answers 404 after feature:uninstall (" + out + ")", () -> {
                Http.Response r = http.get("/api/study/attempts/" + attempt, memberA);
                return Await.Check.of(r.status() == 404, r);
            });
            http.get("/api/ping", null).expect(200);
            out = Shell.exec("feature:install " + FEATURE);
            installed = true;
            Await.until(Duration.ofSeconds(60), "/api/study answers 200 after feature:install (" + out + ")", () -> {
                Http.Response r = http.get("/api/study/attempts/" + attempt, memberA);
                return Await.Check.of(r.status() == 200, r);
            });
        } finally {
            if (!installed) {
                Shell.run("feature:install " + FEATURE);
            }
        }
        JsonNode back = http.get("/api/study/attempts/" + attempt, memberA).expectJson(200).json();
        for (int no = 1; no <= 4; no++) {
            assertEquals(no % 2, back.path("questions").get(no - 1).path("chosen").get(0).asInt(), back.toString());
        }
        assertEquals(a.path("deadline").asText(), back.path("deadline").asText(), "the deadline did not move");
        assertEquals(200, http.post("/api/study/attempts/" + attempt + "/submit", memberA, null).status());
    }

    @Test
    @Order(6)
    void aProgrammePublishedToADistrictReachesOnlyItsMembers() {
        long tp = Orgs.find(Orgs.tree(http, admin), Demo.TP).orElseThrow().path("id").asLong();
        JsonNode p = http.post("/api/study/programmes", committeeTp, Http.object().put("orgId", tp)
                .put("title", "Học tập Nghị quyết IT " + System.nanoTime())
                .put("deadline", Instant.now().plus(Duration.ofDays(20)).toString())).expectJson(201).json();
        long id = p.path("id").asLong();
        long lesson = lesson(id, "Bài 1: Quan điểm chỉ đạo", 0);
        assertTrue(http.get("/api/study/programmes/" + id, memberA).expectJson(200).json().path("lessons").size() == 1);
        http.get("/api/study/programmes/" + id, memberB).expectProblem(404);
        http.get("/api/study/lessons/" + lesson, memberB).expectProblem(404);
        assertFalse(http.get("/api/study/programmes?limit=100", memberB).expectJson(200).body().contains(p.path("title").asText()));
        assertTrue(http.get("/api/study", memberA).expectJson(200).body().contains(p.path("title").asText()));
        assertFalse(http.get("/api/study", memberB).expectJson(200).body().contains(p.path("title").asText()));
    }

    @Test
    @Order(7)
    void progressRoundTripsAcrossTwoSessions() {
        JsonNode p = http.post("/api/study/programmes", committeeTp, Http.object().put("orgId", cellA)
                .put("title", "Chuyên đề IT " + System.nanoTime())
                .put("deadline", Instant.now().plus(Duration.ofDays(20)).toString())).expectJson(201).json();
        long id = p.path("id").asLong();
        long first = lesson(id, "Bài 1", 1);
        long second = lesson(id, "Bài 2", 1);
        String phone = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String laptop = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        http.post("/api/study/lessons/" + first + "/progress", phone, Map.of("step", "OPENED")).expectJson(200);
        http.post("/api/study/lessons/" + first + "/progress", phone, Map.of("step", "READ")).expectJson(200);
        JsonNode wrong = http.post("/api/study/lessons/" + first + "/progress", laptop, Map.of("step", "COMPLETED", "answer", 0))
                .expectProblem(400).json();
        assertTrue(wrong.toString().contains("chưa đúng"), wrong.toString());
        JsonNode onLaptop = http.get("/api/study/lessons/" + first, laptop).expectJson(200).json();
        assertFalse(onLaptop.path("progress").path("readAt").isNull(), "read on the phone, seen on the laptop: " + onLaptop);
        assertFalse(onLaptop.toString().contains("\"correct\""), "the check's answer stays on the server: " + onLaptop);
        http.post("/api/study/lessons/" + first + "/progress", laptop, Map.of("step", "COMPLETED", "answer", 1)).expectJson(200);
        http.post("/api/study/lessons/" + second + "/progress", laptop, Map.of("step", "COMPLETED", "answer", 1)).expectJson(200);
        JsonNode back = http.get("/api/study/programmes/" + id, phone).expectJson(200).json();
        assertEquals(2, back.path("completed").asInt(), back.toString());
        JsonNode completion = http.get("/api/study/programmes/" + id + "/completion", committeeTp).expectJson(200).json();
        assertEquals(1, completion.path("overall").path("completed").asLong(), completion.toString());
        assertTrue(completion.path("overall").path("expected").asLong() > 1, completion.toString());
        http.get("/api/study/programmes/" + id + "/completion", memberA).expectProblem(403);
        assertTrue(http.post("/api/study/programmes/" + id + "/remind", committeeTp, null).expectJson(200).json()
                .path("reminded").asLong() >= 1);
    }

    /** A lesson written by committee TP, approved by the reviewer made for the test; its check's right option is {@code correct}. */
    static long lesson(long programme, String title, int correct) {
        ObjectNode body = Http.object().put("title", title).put("position", 1)
                .put("body", "<p>Nội dung <strong>bài học</strong><script>alert(1)</script></p>");
        ObjectNode check = body.putObject("check").put("text", "Nghị quyết xác định điều gì?").put("correct", correct);
        check.putArray("options").add("Phương án một").add("Phương án hai");
        JsonNode l = http.post("/api/study/programmes/" + programme + "/lessons", committeeTp, body).expectJson(201).json();
        assertFalse(l.path("body").asText().contains("script"), l.toString());
        long id = l.path("id").asLong();
        http.get("/api/study/lessons/" + id, memberA).expectProblem(404);
        http.post("/api/study/lessons/" + id + "/submit", committeeTp, null).expectJson(200);
        http.post("/api/study/lessons/" + id + "/approve", reviewer, null).expectJson(200);
        return id;
    }

    /** The displayed index of the option whose text starts with "Đúng" (the bank's right answers). */
    static int right(JsonNode question) {
        for (JsonNode o : question.path("options")) {
            if (o.path("text").asText().startsWith("Đúng")) {
                return o.path("index").asInt();
            }
        }
        throw new AssertionError("no right option in " + question);
    }

    static List<String> texts(JsonNode attempt) {
        List<String> out = new ArrayList<>();
        attempt.path("questions").forEach(q -> out.add(q.path("text").asText()));
        return out;
    }
}
