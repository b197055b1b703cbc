package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The meeting cycle over HTTP on the demo's cell A: announced by the 20th with a document as
 * material, opinions grouped by agenda item, absence reported, postponed, opened, check-in by code
 * and assisted with the live attendance event, closed (exempt never absent), a cancelled meeting's
 * history and inbox messages; a member of another district neither sees nor joins it.
 */
@Order(6)
class MeetingsIT {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static Http http;
    private static String admin, secretaryA, memberA, memberB, committeeTp, committeeSh, memberC;
    private static long cellA, memberAId, memberCId;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        cellA = Orgs.id(http, admin, Demo.CELL_A);
        memberAId = http.caller(Demo.MEMBER_A, Demo.PASSWORD).path("memberId").asLong();
        JsonNode c = Members.member(http, admin, cellA, 12);
        memberCId = c.path("id").asLong();
        memberC = Members.account(http, admin, c, Map.of());
    }

    private static ObjectNode body(String kind, Instant start, String title, List<String> materials) {
        ObjectNode b = Http.object().put("orgId", cellA).put("kind", kind).put("title", title)
                .put("topic", "Kiểm điểm công tác tháng").put("startsAt", start.toString()).put("place", "Hội trường khu phố 1");
        b.putArray("agenda").addObject().put("title", "Kiểm điểm công tác tháng trước");
        ((com.fasterxml.jackson.databind.node.ArrayNode) b.get("agenda")).addObject().put("title", "Nhiệm vụ tháng tới");
        materials.forEach(b.putArray("materials")::add);
        return b;
    }

    @Test
    void theWholeCycleOfACellMeeting() throws Exception {
        LocalDate today = LocalDate.now(VN);
        LocalDate day = today.withDayOfMonth(1).plusMonths(today.getDayOfMonth() <= 20 ? 1 : 2).withDayOfMonth(5);
        Instant start = day.atTime(8, 0).atZone(VN).toInstant();
        long document = http.get("/api/documents?limit=5", memberA).expectJson(200).json().path("items").get(0).path("id").asLong();
        JsonNode m = http.post("/api/meetings", secretaryA, body("REGULAR", start, "Sinh hoạt chi bộ kiểm thử IT",
                List.of("document:" + document))).expectJson(201).json();
        long id = m.path("id").asLong();
        assertTrue(m.path("announcedOnTime").asBoolean(), "announced by the 20th of the previous month: " + m);
        String path = "/api/meetings/" + id;

        // the meeting is in its members' agenda (the module's calendar source), not in another district's
        String range = "/api/agenda?from=" + day + "&to=" + day.plusDays(1);
        assertTrue(inAgenda(http.get(range, memberA).expectJson(200).json(), id), "member A's agenda");
        assertFalse(inAgenda(http.get(range, memberB).expectJson(200).json(), id), "not member B's");

        // the roll is told; another district's member and committee know nothing; the committee above follows
        assertTrue(inbox(memberA, "Thông báo họp: Sinh hoạt chi bộ kiểm thử IT"), "member A told through the inbox");
        for (JsonNode i : http.get("/api/inbox?limit=50", memberA).expectJson(200).json().path("items")) {
            if (("meeting:" + id).equals(i.path("content").path("ref").path("type").asText() + ":"
                    + i.path("content").path("ref").path("id").asText())) {
                assertTrue(i.path("content").path("available").asBoolean(), "the meeting resolves for its member: " + i);
                assertEquals("/api/meetings/" + id, i.path("content").path("url").asText());
            }
        }
        http.get(path, memberB).expectProblem(404);
        http.get(path, committeeSh).expectProblem(404);
        http.post(path + "/check-in", memberB, Map.of("code", "123456")).expectProblem(404);
        http.post(path + "/opinions", memberB, Map.of("agendaItemId", 1, "body", "x")).expectProblem(404);
        assertEquals(id, http.get(path, committeeTp).expectJson(200).json().path("id").asLong());
        assertTrue(http.get(path, memberA).expectJson(200).json().path("checkinCode").isNull());

        // materials: the document resolves for the member, reading is counted for the secretary
        JsonNode mat = http.get(path + "/materials", memberA).expectJson(200).json().get(0);
        assertEquals("document:" + document, mat.path("ref").asText());
        assertTrue(mat.path("available").asBoolean(), mat.toString());
        assertFalse(mat.path("read").asBoolean());
        assertTrue(mat.path("readers").isNull());
        http.post(path + "/materials/" + mat.path("id").asLong() + "/read", memberA, null).expect(204);
        assertTrue(http.get(path + "/materials", memberA).expectJson(200).json().get(0).path("read").asBoolean());
        assertEquals(1, http.get(path + "/materials", secretaryA).expectJson(200).json().get(0).path("readers").asInt());

        // the meeting's own file, checked by the file inspector: attached by the secretary, read by the roll
        http.exchange("POST", path + "/attachments?name=du-thao.pdf", "Bearer " + memberA, Fixtures.PDF, Fixtures.pdf(), Map.of())
                .expectProblem(403);
        http.exchange("POST", path + "/attachments?name=du-thao.pdf", "Bearer " + secretaryA, Fixtures.PDF,
                "MZ not a pdf".getBytes(StandardCharsets.UTF_8), Map.of()).expectProblem(400);
        long aid = http.exchange("POST", path + "/attachments?name=" + Http.encode("Dự thảo nghị quyết.pdf"), "Bearer " + secretaryA,
                Fixtures.PDF, Fixtures.pdf(), Map.of()).expectJson(201).json().path("id").asLong();
        assertEquals(aid, http.get(path + "/attachments", memberA).expectJson(200).json().get(0).path("id").asLong());
        Http.Response file = http.get(path + "/attachments/" + aid, memberA).expect(200);
        assertEquals("application/pdf", file.mediaType());
        http.get(path + "/attachments/" + aid, memberB).expectProblem(404);

        // opinions grouped by agenda item
        long item0 = m.path("agenda").get(0).path("id").asLong(), item1 = m.path("agenda").get(1).path("id").asLong();
        http.post(path + "/opinions", memberA, Map.of("agendaItemId", item0, "body", "Đề nghị nêu rõ chỉ tiêu.")).expect(201);
        http.post(path + "/opinions", memberA, Map.of("agendaItemId", item1, "body", "Đồng ý với phương hướng.")).expect(201);
        http.post(path + "/opinions", memberC, Map.of("agendaItemId", item0, "body", "Bổ sung ý kiến về đảng phí.")).expect(201);
        http.post(path + "/opinions", memberA, Map.of("agendaItemId", 999999999, "body", "x")).expectProblem(400);
        JsonNode groups = http.get(path + "/opinions", secretaryA).expectJson(200).json();
        assertEquals(2, groups.get(0).path("opinions").size());
        assertEquals(1, groups.get(1).path("opinions").size());
        assertEquals(item0, groups.get(0).path("agendaItemId").asLong());
        JsonNode mine = http.get(path + "/opinions?mine=true", memberC).expectJson(200).json();
        assertEquals(1, mine.get(0).path("opinions").size());
        assertEquals(0, mine.get(1).path("opinions").size());

        // member C reports absence ahead
        JsonNode absent = http.post(path + "/absence", memberC, Map.of("reason", "Đi công tác")).expectJson(200).json();
        assertEquals("EXCUSED", absent.path("state").asText());
        assertEquals("REPORTED", absent.path("how").asText());

        // postponed to in ten minutes: history, the roll told again
        Instant soon = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        http.post(path + "/postpone", secretaryA, Map.of("startsAt", soon.toString())).expectProblem(400);
        http.post(path + "/postpone", memberA, Map.of("startsAt", soon.toString(), "reason", "x")).expectProblem(403);
        assertEquals(soon.toString(), http.post(path + "/postpone", secretaryA, Map.of("startsAt", soon.toString(),
                "reason", "Trùng lịch họp của phường")).expectJson(200).json().path("startsAt").asText());
        JsonNode history = http.get(path + "/history", memberA).expectJson(200).json();
        JsonNode moved = history.get(history.size() - 1);
        assertEquals("POSTPONED", moved.path("what").asText());
        assertEquals(start, Instant.parse(moved.path("oldStartsAt").asText()));
        assertEquals("Trùng lịch họp của phường", moved.path("reason").asText());
        assertTrue(inbox(memberA, "Dời lịch họp: Sinh hoạt chi bộ kiểm thử IT"), "told again");

        // in session: code, live attendance, assisted, online refused without a room
        http.post(path + "/check-in", memberA, Map.of("code", "000000")).expectProblem(409);
        String code = http.post(path + "/open", secretaryA, null).expectJson(200).json().path("checkinCode").asText();
        assertEquals(6, code.length());
        http.get(path + "/attendance", memberA).expectJson(200);
        try (LiveReader s = LiveReader.open(http, memberA, "meetings/" + id)) {
            String wrong = code.equals("000000") ? "111111" : "000000";
            http.post(path + "/check-in", memberA, Map.of("code", wrong)).expectProblem(400);
            http.post(path + "/check-in", memberA, Map.of("online", true)).expectProblem(400);
            long sent = System.nanoTime();
            JsonNode me = http.post(path + "/check-in", memberA, Map.of("code", code)).expectJson(200).json();
            assertEquals("PRESENT", me.path("state").asText());
            assertEquals("SELF", me.path("how").asText());
            String data = s.await(d -> d.contains("\"summary\""), 3000);
            assertNotNull(data, "an attendance event");
            JsonNode event = Http.JSON.readTree(data);
            assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(2), "the event came within a second or so");
            assertTrue(event.path("summary").path("present").asInt() >= 1, event.toString());
        }
        JsonNode roll = http.get(path + "/attendees", secretaryA).expectJson(200).json();
        long elder = -1;
        int exempt = 0;
        for (JsonNode a : roll) {
            if ("EXEMPT".equals(a.path("status").asText())) {
                exempt++;
            } else if (elder < 0 && a.path("memberId").asLong() != memberAId && a.path("memberId").asLong() != memberCId) {
                elder = a.path("memberId").asLong();
            }
        }
        assertTrue(exempt > 0, "cell A has exempt members");
        JsonNode assisted = http.sendWith("PUT", path + "/attendees/" + elder, secretaryA,
                Map.of("state", "PRESENT", "assisted", true), Map.of()).expectJson(200).json();
        assertEquals("ASSISTED", assisted.path("how").asText());
        http.post(path + "/close", secretaryA, null).expectJson(200);
        JsonNode sum = http.get(path + "/attendance", committeeTp).expectJson(200).json();
        assertEquals(exempt, sum.path("exempt").asInt());
        assertEquals(2, sum.path("present").asInt());
        assertEquals(1, sum.path("excused").asInt());
        assertEquals(0, sum.path("notYet").asInt());
        assertEquals(sum.path("invited").asInt() - exempt, sum.path("counted").asInt());
        assertEquals(sum.path("counted").asInt() - 3, sum.path("absent").asInt());
        for (JsonNode a : http.get(path + "/attendees", secretaryA).expectJson(200).json()) {
            if ("EXEMPT".equals(a.path("status").asText())) {
                assertEquals("INVITED", a.path("state").asText(), "an exempt member is never absent");
            }
        }
        http.post(path + "/check-in", memberA, Map.of("code", code)).expectProblem(409);
    }

    @Test
    void aLateRegularMeetingIsFlaggedAndACancelledOneKeepsItsHistory() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        JsonNode m = http.post("/api/meetings", secretaryA, body("REGULAR", tomorrow, "Sinh hoạt bổ sung IT", List.of()))
                .expectJson(201).json();
        boolean onTime = !LocalDate.now(VN).isAfter(LocalDate.now(VN).withDayOfMonth(20).minusMonths(1))
                && tomorrow.atZone(VN).getMonth() != LocalDate.now(VN).getMonth();
        assertEquals(onTime, m.path("announcedOnTime").asBoolean(), "announced late but allowed: " + m);
        String path = "/api/meetings/" + m.path("id").asLong();
        http.post(path + "/cancel", memberA, Map.of("reason", "x")).expectProblem(403);
        http.post(path + "/cancel", secretaryA, Map.of()).expectProblem(400);
        assertEquals("CANCELLED", http.post(path + "/cancel", secretaryA, Map.of("reason", "Mưa bão"))
                .expectJson(200).json().path("status").asText());
        http.post(path + "/postpone", secretaryA, Map.of("startsAt", tomorrow.toString(), "reason", "x")).expectProblem(409);
        JsonNode h = http.get(path + "/history", secretaryA).expectJson(200).json();
        assertEquals(List.of("ANNOUNCED", "CANCELLED"), List.of(h.get(0).path("what").asText(), h.get(1).path("what").asText()));
        assertEquals("Mưa bão", h.get(1).path("reason").asText());
        assertTrue(inbox(memberA, "Hủy cuộc họp: Sinh hoạt bổ sung IT"));
        // the committee's own meeting: named invitees only
        ObjectNode own = body("EXTRAORDINARY", tomorrow, "Họp chi ủy IT", List.of());
        own.putArray("invitees").add(memberAId);
        JsonNode c = http.post("/api/meetings", secretaryA, own).expectJson(201).json();
        assertEquals(1, http.get("/api/meetings/" + c.path("id").asLong() + "/attendees", secretaryA).expectJson(200).json().size());
        http.get("/api/meetings/" + c.path("id").asLong(), memberC).expectProblem(404);
        // opened a day early: the check-in window (30 minutes before the start) is not open yet
        String early = http.post("/api/meetings/" + c.path("id").asLong() + "/open", secretaryA, null).expectJson(200).json()
                .path("checkinCode").asText();
        http.post("/api/meetings/" + c.path("id").asLong() + "/check-in", memberA, Map.of("code", early)).expectProblem(409);
        // an online meeting: checking in through the room link
        ObjectNode online = body("THEMATIC", Instant.now().plus(5, ChronoUnit.MINUTES), "Học tập chuyên đề trực tuyến IT", List.of());
        online.remove("place");
        online.put("onlineRoom", "https://hop.binhson.example/phong/12");
        long o = http.post("/api/meetings", secretaryA, online).expectJson(201).json().path("id").asLong();
        http.post("/api/meetings/" + o + "/check-in", memberA, Map.of("online", true)).expectProblem(409);
        http.post("/api/meetings/" + o + "/open", secretaryA, null).expectJson(200);
        JsonNode in = http.post("/api/meetings/" + o + "/check-in", memberA, Map.of("online", true)).expectJson(200).json();
        assertEquals("ONLINE", in.path("how").asText());
        assertEquals("PRESENT", in.path("state").asText());
        assertNotNull(http.get("/api/meetings?limit=50", memberA).expectJson(200).json().path("items").get(0));
        http.get("/api/meetings?org=" + cellA, committeeSh).expectProblem(403);
    }

    private static boolean inbox(String token, String title) {
        for (JsonNode i : http.get("/api/inbox?limit=50", token).expectJson(200).json().path("items")) {
            if (title.equals(i.path("title").asText()) && "meetings".equals(i.path("module").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAgenda(JsonNode agenda, long id) {
        for (JsonNode e : agenda.isArray() ? agenda : agenda.path("entries")) {
            if ("meetings".equals(e.path("source").asText()) && String.valueOf(id).equals(e.path("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
