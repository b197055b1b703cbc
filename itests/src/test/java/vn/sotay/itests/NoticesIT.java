package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The notice flow, its roll-up, and the organisation tree's limits (rest-api.md, "Notices module"). */
@Order(3)
class NoticesIT {
    private static Http http;
    private static String committeeTp;
    private static String memberA;
    private static String memberB;
    private static long tp;
    private static long tpPbt;
    private static long cellA;
    private static long cellB;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, committeeTp);
        tp = Orgs.find(tree, Demo.TP).orElseThrow().path("id").asLong();
        tpPbt = Orgs.find(tree, Demo.TP_PBT).orElseThrow().path("id").asLong();
        cellA = Orgs.find(tree, Demo.CELL_A).orElseThrow().path("id").asLong();
        cellB = Orgs.find(tree, Demo.CELL_B).orElseThrow().path("id").asLong();
    }

    @Test
    void committeeSendsMemberReadsAcknowledgesAndTheSenderSeesTheRollUp() {
        long first = Notices.sendId(http, committeeTp, "Thông báo lịch sinh hoạt chi bộ tháng 12",
                "Các chi bộ sinh hoạt định kỳ từ ngày 3 đến ngày 5.", tp);
        // the member opens the first one: it is read from now on
        JsonNode opened = http.get("/api/notices/" + first, memberA).expectJson(200).json();
        assertEquals("Các chi bộ sinh hoạt định kỳ từ ngày 3 đến ngày 5.", opened.path("body").asText(), "body: " + opened);
        assertTrue(opened.path("read").asBoolean(), "opening marks the notice read: " + opened);

        long second = Notices.sendId(http, committeeTp, "Thông báo về việc nộp đảng phí quý IV",
                "Đề nghị đảng viên hoàn thành việc nộp đảng phí trước ngày 25.", tp);
        List<JsonNode> inbox = Notices.inbox(http, memberA);
        JsonNode firstItem = Notices.find(inbox, first).orElseThrow(() -> new AssertionError("first notice not listed"));
        JsonNode secondItem = Notices.find(inbox, second).orElseThrow(() -> new AssertionError("second notice not listed"));
        assertTrue(firstItem.path("read").asBoolean(), "first is read: " + firstItem);
        assertFalse(secondItem.path("read").asBoolean(), "second is unread: " + secondItem);
        assertFalse(secondItem.path("acknowledged").asBoolean(), "second not acknowledged yet: " + secondItem);
        assertEquals(tp, secondItem.path("audienceOrgId").asLong());
        assertFalse(secondItem.path("senderName").asText("").isBlank(), "senderName: " + secondItem);
        assertTrue(secondItem.path("body").isMissingNode(), "list items carry no body: " + secondItem);
        assertUnreadFirst(inbox);
        assertTrue(inbox.indexOf(secondItem) < inbox.indexOf(firstItem), "unread before read: " + Notices.ids(inbox));

        // open: read afterwards; acknowledge
        http.get("/api/notices/" + second, memberA).expectJson(200);
        assertTrue(Notices.inInbox(http, memberA, second).orElseThrow().path("read").asBoolean(), "read after opening");
        JsonNode acked = http.post("/api/notices/" + second + "/ack", memberA, null).expectJson(200).json();
        assertTrue(acked.path("acknowledged").asBoolean(), "ack answer: " + acked);
        JsonNode listed = Notices.inInbox(http, memberA, second).orElseThrow();
        assertTrue(listed.path("acknowledged").asBoolean(), "acknowledged in the list: " + listed);
        assertTrue(listed.path("read").asBoolean(), "still read: " + listed);

        // the roll-up, seen by the sender
        JsonNode stats = http.get("/api/notices/" + second + "/stats", committeeTp).expectJson(200).json();
        assertEquals(second, stats.path("noticeId").asLong(), "noticeId: " + stats);
        long recipients = stats.path("recipients").asLong();
        assertTrue(recipients > 0, "recipients: " + stats);
        assertTrue(stats.path("read").asLong() >= 1, "read: " + stats);
        assertTrue(stats.path("acknowledged").asLong() >= 1, "acknowledged: " + stats);
        assertTrue(stats.path("read").asLong() <= recipients && stats.path("acknowledged").asLong() <= recipients,
                "counts within recipients: " + stats);
        assertRate(stats, "readRate");
        assertRate(stats, "ackRate");
        JsonNode pbt = null;
        long childRecipients = 0;
        for (JsonNode child : stats.path("children")) {
            assertRate(child, "readRate");
            assertRate(child, "ackRate");
            childRecipients += child.path("recipients").asLong();
            if (child.path("orgId").asLong() == tpPbt) {
                pbt = child;
            }
        }
        assertTrue(pbt != null, "children list TP-PBT (id " + tpPbt + "): " + stats);
        assertTrue(pbt.path("read").asLong() >= 1, "TP-PBT read: " + pbt);
        assertTrue(pbt.path("acknowledged").asLong() >= 1, "TP-PBT acknowledged: " + pbt);
        assertFalse(pbt.path("name").asText("").isBlank(), "child name: " + pbt);
        assertEquals(recipients, childRecipients, "TP has no members of its own: children add up: " + stats);

        // a member is no sender and no staff: no stats
        int status = http.get("/api/notices/" + second + "/stats", memberA).status();
        assertTrue(status == 403 || status == 404, "member reading stats: " + status);
        // the sender sees it among the notices it manages
        assertTrue(Notices.find(http.all("/api/notices/sent", committeeTp), second).isPresent(), "listed in /sent");
    }

    private static void assertRate(JsonNode node, String field) {
        JsonNode r = node.path(field);
        assertTrue(r.isNumber() && r.asDouble() >= 0 && r.asDouble() <= 1, field + " in 0..1: " + node);
    }

    /** Once a read item appears, no unread one follows. */
    static void assertUnreadFirst(List<JsonNode> inbox) {
        boolean seenRead = false;
        for (JsonNode n : inbox) {
            boolean read = n.path("read").asBoolean();
            assertFalse(seenRead && !read, "unread notices come first: " + Notices.ids(inbox));
            seenRead |= read;
        }
    }

    @Test
    void aCellNoticeStaysInsideTheCell() {
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long id = Notices.sendId(http, secretary, "Triệu tập họp chi bộ Khu phố 1",
                "Chi bộ họp lúc 19 giờ tại nhà văn hóa khu phố.", cellA);
        // inside: member of cell A sees and opens it
        assertTrue(Notices.inInbox(http, memberA, id).isPresent(), "member of cell A lists the cell notice");
        http.get("/api/notices/" + id, memberA).expectJson(200);
        // outside: member of cell B neither lists nor opens nor acknowledges it
        assertFalse(Notices.inInbox(http, memberB, id).isPresent(), "member of cell B must not list it");
        http.get("/api/notices/" + id, memberB).expectProblem(404);
        http.post("/api/notices/" + id + "/ack", memberB, null).expectProblem(404);
        // a secretary of a cell cannot address the whole district
        http.post("/api/notices", secretary, Http.object().put("title", "Thông báo vượt phạm vi")
                .put("body", "Không được phép.").put("audienceOrgId", tp)).expectProblem(403);
        // a plain member cannot send at all
        http.post("/api/notices", memberA, Http.object().put("title", "Thông báo của đảng viên")
                .put("body", "Không được phép.").put("audienceOrgId", cellA)).expectProblem(403);
    }

    @Test
    void committeeOfShCannotActInTpButCanInsideSh() {
        String committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        http.post("/api/notices", committeeSh, Http.object().put("title", "Thông báo gửi nhầm huyện")
                .put("body", "Không được phép.").put("audienceOrgId", tp)).expectProblem(403);

        JsonNode a = http.caller(Demo.MEMBER_A, Demo.PASSWORD);
        JsonNode b = http.caller(Demo.MEMBER_B, Demo.PASSWORD);
        http.post("/api/roles", committeeSh, Http.object().put("accountId", a.path("accountId").asLong())
                .put("role", "SECRETARY").put("orgId", cellA)).expectProblem(403);
        http.post("/api/roles", committeeSh, Http.object().put("accountId", a.path("accountId").asLong())
                .put("role", "COMMITTEE").put("orgId", tp)).expectProblem(403);
        // only an admin grants ADMIN
        http.post("/api/roles", committeeSh, Http.object().put("accountId", b.path("accountId").asLong())
                .put("role", "ADMIN").put("orgId", cellB)).expectProblem(403);

        long accountB = b.path("accountId").asLong();
        String revoke = "/api/roles?accountId=" + accountB + "&role=SECRETARY&orgId=" + cellB;
        http.post("/api/roles", committeeSh, Http.object().put("accountId", accountB)
                .put("role", "SECRETARY").put("orgId", cellB)).expect(201);
        try {
            // the grant takes effect: member B may now send to its own cell
            String asSecretary = http.login(Demo.MEMBER_B, Demo.PASSWORD);
            Notices.sendId(http, asSecretary, "Thông báo của bí thư chi bộ Thôn Đông",
                    "Chi bộ Thôn Đông họp vào tối thứ Bảy.", cellB);
            assertTrue(Distribution.hasGrant(http.caller(Demo.MEMBER_B, Demo.PASSWORD), "SECRETARY"),
                    "the caller lists the new grant");
        } finally {
            http.delete(revoke, committeeSh).expect(204);
        }
        String plain = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        http.post("/api/notices", plain, Http.object().put("title", "Sau khi thu hồi vai trò")
                .put("body", "Không được phép nữa.").put("audienceOrgId", cellB)).expectProblem(403);
        assertFalse(Distribution.hasGrant(http.caller(Demo.MEMBER_B, Demo.PASSWORD), "SECRETARY"), "grant revoked");
    }

    @Test
    void badInputIs400NeverA500() {
        http.post("/api/notices", committeeTp, Http.object().put("body", "Thiếu tiêu đề.").put("audienceOrgId", tp))
                .expectProblem(400).expectErrorField("title");
        http.post("/api/notices", committeeTp, Http.object().put("title", "   ").put("body", "Tiêu đề trống.")
                .put("audienceOrgId", tp)).expectProblem(400).expectErrorField("title");
        http.post("/api/notices", committeeTp, Http.object().put("title", "Gửi tới tổ chức không tồn tại")
                .put("body", "Không có tổ chức này.").put("audienceOrgId", 987654321L))
                .expectProblem(400).expectErrorField("audienceOrgId");
        http.post("/api/notices", committeeTp, Http.object().put("title", "Hết hạn từ trước")
                .put("body", "Thời hạn đã qua.").put("audienceOrgId", tp)
                .put("expiresAt", Instant.now().minusSeconds(3600).toString())).expectProblem(400);
        http.post("/api/notices", committeeTp, "đây không phải JSON").expectProblem(400);
        http.post("/api/notices", committeeTp, "{\"title\": \"Thiếu ngoặc\"").expectProblem(400);
        http.post("/api/notices", committeeTp, "{\"title\":\"Sai kiểu\",\"body\":\"x\",\"audienceOrgId\":\"abc\"}")
                .expectProblem(400);
        http.post("/api/notices", committeeTp, "[]").expectProblem(400);
        http.send("POST", "/api/notices", committeeTp, "application/json", null).expectProblem(400);
        http.get("/api/notices?limit=abc", memberA).expectProblem(400);
        // unknown or invisible: 404 problem
        http.get("/api/notices/999999", memberA).expectProblem(404);
        http.get("/api/notices/999999", committeeTp).expectProblem(404);
        http.post("/api/notices/999999/ack", memberA, null).expectProblem(404);
        http.get("/api/notices/999999/stats", committeeTp).expectProblem(404);
        assertEquals(404, http.get("/api/notices/khong-phai-so", memberA).status(), "non-numeric id");
    }

    @Test
    void anExpiredNoticeDisappears() {
        Instant expiresAt = Instant.now().plusSeconds(3);
        JsonNode sent = Notices.send(http, committeeTp, "Thông báo khẩn, hiệu lực 3 giây",
                "Nội dung chỉ có hiệu lực trong thời gian ngắn.", tp, expiresAt);
        long id = sent.path("id").asLong();
        assertEquals(expiresAt.toEpochMilli(), Instant.parse(sent.path("expiresAt").asText()).toEpochMilli(),
                "expiresAt kept: " + sent);
        List<JsonNode> before = Notices.inbox(http, memberA);
        if (Instant.now().isBefore(expiresAt)) {
            assertTrue(Notices.find(before, id).isPresent(), "listed before it expires: " + Notices.ids(before));
        }
        long waitMillis = expiresAt.toEpochMilli() - System.currentTimeMillis() + 200;
        if (waitMillis > 0) {
            Distribution.sleep(waitMillis);
        }
        Await.until(Duration.ofSeconds(10), "the expired notice " + id + " leaves the member's list",
                () -> Await.Check.of(Notices.inInbox(http, memberA, id).isEmpty(), "still listed"));
        http.get("/api/notices/" + id, memberA).expectProblem(404);
        // the sender still sees it
        http.get("/api/notices/" + id, committeeTp).expectJson(200);
    }
}
