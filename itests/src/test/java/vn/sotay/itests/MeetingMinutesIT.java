package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Minutes, rating and following from above (docs/meetings.md, "Minutes, ratings and following from
 * above"): a meeting of cell A announced, opened, attended and closed through the cycle's endpoints;
 * its minutes drafted, edited, approved by the chair and the clerk, locked, exported; its rating
 * confirmed and changed from above; the committee's monthly overview.
 */
@Order(6)
class MeetingMinutesIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Http http;
    private static String secretaryA, memberA, memberB, committeeTp, committeeSh;
    private static long tp, cellA, secretaryId, memberAId;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        secretaryId = http.caller(Demo.SECRETARY_CELL_A, Demo.PASSWORD).path("memberId").asLong();
        memberAId = http.caller(Demo.MEMBER_A, Demo.PASSWORD).path("memberId").asLong();
        // a cell of TP that holds no meeting this month, whatever ran before (re-importing is idempotent)
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        http.send("POST", "/api/import/organisations", admin, ImportIT.CSV, ImportIT.ORG_HEADER
                + "TP-PBT-CB-MM,Chi bộ Khu phố Chưa Họp,Chi bộ,TP-PBT\n").expectJson(200);
        JsonNode tree = Orgs.tree(http, committeeTp);
        tp = Orgs.find(tree, Demo.TP).orElseThrow().path("id").asLong();
        cellA = Orgs.find(tree, Demo.CELL_A).orElseThrow().path("id").asLong();
    }

    @Test
    void minutesApprovedLockedExportedRatedAndFollowedFromAbove() throws Exception {
        Instant starts = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long id = http.post("/api/meetings", secretaryA, Map.of("orgId", cellA, "kind", "REGULAR",
                "title", "Sinh hoạt chi bộ thường kỳ (biên bản)", "topic", "Đánh giá kết quả tháng", "startsAt", starts.toString(),
                "place", "Hội trường khu phố 1", "chairMemberId", secretaryId, "clerkMemberId", memberAId,
                "agenda", List.of(Map.of("title", "Kiểm điểm nhiệm vụ tháng", "description", "Báo cáo của chi ủy")))).expectJson(201)
                .longField("id");
        String base = "/api/meetings/" + id;
        http.post(base + "/minutes", secretaryA, null).expectProblem(409);          // not held yet
        http.post(base + "/open", secretaryA, null).expectJson(200);
        // present by the secretary's mark (the skeleton's check-in by code compares with the code hidden from members)
        http.send("PUT", base + "/attendees/" + memberAId, secretaryA, "application/json", "{\"state\":\"PRESENT\"}")
                .expectJson(200);
        http.send("PUT", base + "/attendees/" + secretaryId, secretaryA, "application/json",
                "{\"state\":\"PRESENT\"}").expectJson(200);
        JsonNode other = http.get(base + "/attendees", secretaryA).expectJson(200).json();
        String absentee = null;
        for (JsonNode a : other) {
            long m = a.path("memberId").asLong();
            if (m != secretaryId && m != memberAId && !"EXEMPT".equals(a.path("status").asText())) {
                http.send("PUT", base + "/attendees/" + m, secretaryA, "application/json",
                        "{\"state\":\"EXCUSED\",\"reason\":\"Đi công tác\"}").expectJson(200);
                absentee = a.path("fullName").asText();
                break;
            }
        }
        http.post(base + "/close", secretaryA, null).expectJson(200);

        // strangers: 404 (another district's member and committee), a reader who does not run it: 403
        http.get(base + "/minutes", memberB).expectProblem(404);
        http.post(base + "/minutes", committeeSh, null).expectProblem(404);
        http.get(base + "/minutes", memberA).expectProblem(404);                    // not drafted yet
        JsonNode draft = http.post(base + "/minutes", memberA, null).expectJson(200).json();   // the clerk drafts
        String text = draft.path("sections").toString();
        assertTrue(text.contains("Có mặt: 2/"), text);
        if (absentee != null) {
            assertTrue(text.contains(absentee + ": Đi công tác"), "absentee with reason: " + text);
        }
        assertTrue(text.contains("Kiểm điểm nhiệm vụ tháng"), text);
        assertEquals("Hội trường khu phố 1", draft.path("placeAndDate").asText().split(",")[0], draft.toString());

        List<Map<String, String>> edited = List.of(Map.of("title", "I. THỜI GIAN, ĐỊA ĐIỂM", "body", "Như thông báo."),
                Map.of("title", "II. THÀNH PHẦN", "body", draft.path("sections").get(1).path("body").asText()),
                Map.of("title", "IV. KẾT LUẬN", "body", "Chi bộ thống nhất giao chi ủy hoàn thành báo cáo trước ngày 25."));
        http.send("PUT", base + "/minutes", memberB, "application/json", Http.JSON.writeValueAsString(Map.of("sections", edited)))
                .expectProblem(404);
        JsonNode put = http.send("PUT", base + "/minutes", memberA, "application/json",
                Http.JSON.writeValueAsString(Map.of("sections", edited))).expectJson(200).json();
        assertEquals(3, put.path("sections").size(), put.toString());

        http.post(base + "/minutes/approve", memberA, Map.of("as", "CHAIR")).expectProblem(403);
        http.post(base + "/minutes/approve", memberB, Map.of("as", "CLERK")).expectProblem(404);
        JsonNode half = http.post(base + "/minutes/approve", memberA, Map.of("as", "CLERK")).expectJson(200).json();
        assertTrue(half.path("lockedAt").isNull(), half.toString());
        assertNotNull(half.path("clerkApproval").path("at").textValue(), half.toString());
        JsonNode locked = http.post(base + "/minutes/approve", secretaryA, Map.of("as", "CHAIR")).expectJson(200).json();
        assertFalse(locked.path("lockedAt").isNull(), "both approved: locked " + locked);
        assertFalse(locked.path("chairName").asText().isBlank(), locked.toString());
        http.send("PUT", base + "/minutes", secretaryA, "application/json", Http.JSON.writeValueAsString(Map.of("sections", edited)))
                .expectProblem(409);
        http.post(base + "/minutes", secretaryA, null).expectProblem(409);

        // exports: Vietnamese heading and attendance read back
        byte[] pdf = download(base + "/minutes/pdf", committeeTp, "application/pdf");
        try (var doc = Loader.loadPDF(pdf)) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && t.contains("BIÊN BẢN SINH HOẠT CHI BỘ"), t);
            assertTrue(t.contains("Có mặt: 2/") && t.contains("trước ngày 25"), t);
        }
        byte[] docx = download(base + "/minutes/docx", memberA,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
            String t = ex.getText();
            assertTrue(t.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && t.contains("Có mặt: 2/"), t);
        }
        assertEquals(404, fetch(base + "/minutes/pdf", memberB).statusCode());

        // rating: the cell rates, the committee above changes it, the cell can no longer
        http.send("PUT", base + "/rating", memberA, "application/json", "{\"grade\":\"GOOD\"}").expectProblem(403);
        JsonNode rated = http.send("PUT", base + "/rating", secretaryA, "application/json",
                "{\"grade\":\"GOOD\",\"criteria\":{\"PREPARATION\":\"GOOD\",\"ATTENDANCE\":\"FAIR\"},\"comment\":\"Đủ nội dung\"}")
                .expectJson(200).json();
        assertEquals("GOOD", rated.path("selfGrade").asText(), rated.toString());
        http.post(base + "/rating/confirm", committeeSh, Map.of("grade", "FAIR")).expectProblem(404);
        http.post(base + "/rating/confirm", secretaryA, Map.of("grade", "GOOD")).expectProblem(403);
        JsonNode confirmed = http.post(base + "/rating/confirm", committeeTp,
                Map.of("grade", "FAIR", "comment", "Tỷ lệ dự họp chưa cao")).expectJson(200).json();
        assertEquals("FAIR", confirmed.path("confirmedGrade").asText(), confirmed.toString());
        http.send("PUT", base + "/rating", secretaryA, "application/json", "{\"grade\":\"GOOD\"}").expectProblem(409);
        assertEquals("FAIR", http.get(base + "/rating", memberA).expectJson(200).json().path("confirmedGrade").asText());

        // the committee's monthly overview: cell A held and recorded; cells that did not meet are counted
        String month = DateTimeFormatter.ofPattern("yyyy-MM").format(starts.atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        JsonNode o = http.get("/api/meetings/overview?org=" + tp + "&month=" + month, committeeTp).expectJson(200).json();
        JsonNode a = null;
        long notMet = 0;
        for (JsonNode c : o.path("cells")) {
            if (c.path("orgId").asLong() == cellA) {
                a = c;
            }
            notMet += c.path("announced").asBoolean() ? 0 : 1;
        }
        assertNotNull(a, "cell A listed: " + o);
        assertTrue(a.path("held").asBoolean() && a.path("recorded").asBoolean(), a.toString());
        assertEquals("FAIR", a.path("confirmedGrade").asText(), a.toString());
        assertTrue(a.path("present").asLong() >= 2 && a.path("attendanceRate").asDouble() > 0, a.toString());
        assertTrue(notMet >= 1, "a cell of TP that did not meet: " + o);
        assertEquals(notMet, o.path("total").path("unused").asLong(), o.path("total").toString());
        assertTrue(o.path("children").size() >= 1, o.toString());
        http.get("/api/meetings/overview?org=" + tp + "&month=" + month, committeeSh).expectProblem(403);
        http.get("/api/meetings/overview?org=" + tp + "&month=2026-13", committeeTp).expectProblem(400);
        JsonNode held = http.get("/api/metrics/meetings.held?org=" + tp, committeeTp).expectJson(200).json();
        assertTrue(held.toString().contains("total"), held.toString());
    }

    private static HttpResponse<byte[]> fetch(String path, String token) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] download(String path, String token, String type) throws Exception {
        HttpResponse<byte[]> r = fetch(path, token);
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        return r.body();
    }
}
