package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 9's review, tried as an attacker with the demo accounts would, over HTTP on the real
 * distribution: an administrator of one district reaching into another through imports, colliding
 * login numbers, granting oneself roles and approving one's own work, references to what one may
 * not read, search outliving visibility, crafted input, existence oracles and login throttling.
 * Each test is named after the behaviour it proves.
 */
@Order(5)
class TrustIT {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String MEMBER_HEADER = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,"
            + "Trạng thái,Ngày vào Đảng,Ngày chính thức\n";
    static final String PASSWORD = Members.PASSWORD;

    private static Http http;
    private static String admin;
    private static long tu, tp, sh, cellA, cellB;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        tu = Orgs.id(http, admin, Demo.TU);
        tp = Orgs.id(http, admin, Demo.TP);
        sh = Orgs.id(http, admin, Demo.SH);
        cellA = Orgs.id(http, admin, Demo.CELL_A);
        cellB = Orgs.id(http, admin, Demo.CELL_B);
    }

    static JsonNode member(long cell, int n) {
        return Members.member(http, admin, cell, n);
    }

    static String account(JsonNode member, Map<String, Long> roles) {
        return Members.account(http, admin, member, roles);
    }

    static Http.Response csv(String kind, String token, String text) {
        return http.send("POST", "/api/import/" + kind, token, CSV, text);
    }

    static void assertError(Http.Response r, int line, String field) {
        assertTrue(r.errors().stream().anyMatch(e -> e.path("line").asInt() == line && field.equals(e.path("field").asText())
                && !e.path("message").asText().isBlank()), () -> "no error at line " + line + " on «" + field + "»: " + r.body());
    }

    // ---------------------------------------------------------------------------------------------
    // 1. imports

    @Test
    void aDistrictAdministratorCannotRefileAMemberOfAnotherUnitNorCutTheDistrictOut() {
        String districtAdmin = account(member(cellB, 0), Map.of("ADMIN", sh));
        JsonNode provincialAdmin = http.get("/api/members/me", admin).expectJson(200).json();
        // re-file the provincial administrator into a cell of SH, to reset the password and inherit the roles
        String row = "Nguyễn Văn Chiếm,01/01/1970,Nam," + provincialAdmin.path("cardNumber").asText() + ","
                + provincialAdmin.path("phone").asText() + ",,SH-XSL-CB01,Chính thức,01/01/1995,01/01/1996\n";
        Http.Response refused = csv("members", districtAdmin, MEMBER_HEADER + row).expectProblem(403);
        assertError(refused, 2, "Số thẻ đảng viên");
        assertEquals(provincialAdmin.path("cellId").asLong(),
                http.get("/api/members/me", admin).expectJson(200).field("cellId").asLong(), "nothing imported");
        // a new member into a cell of another district: the other end of the row
        csv("members", districtAdmin, MEMBER_HEADER + "Lê Thị Lạc,02/02/1980,Nữ,93912001,0913912001,,TP-PBT-CB01,"
                + "Chính thức,01/01/2005,01/01/2006\n").expectProblem(403);
        // the district as a second root, a unit moved out of the district, another district renamed
        assertError(csv("organisations", districtAdmin, "Mã,Tên,Loại,Mã cấp trên\nSH,Huyện ủy Sơn Hà,Tỉnh ủy,\n")
                .expectProblem(403), 2, "Mã cấp trên");
        assertError(csv("organisations", districtAdmin, "Mã,Tên,Loại,Mã cấp trên\nSH-XSL,Đảng ủy xã Sơn Lâm,Đảng bộ cơ sở,TP\n")
                .expectProblem(403), 2, "Mã cấp trên");
        assertError(csv("organisations", districtAdmin, "Mã,Tên,Loại,Mã cấp trên\nTP,Thành ủy Bị Đổi,Cấp huyện,TU\n")
                .expectProblem(403), 2, "Mã");
        JsonNode shNode = Orgs.node(http, admin, Demo.SH);
        assertEquals(tu, shNode.path("parentId").asLong(), "SH is still under the province");
        // inside its own subtree the district administrator imports as before
        JsonNode report = csv("organisations", districtAdmin, "Mã,Tên,Loại,Mã cấp trên\n"
                + "SH-TRUST-CB01,Chi bộ Kiểm Tra Phân Quyền,Chi bộ,SH-XSL\n").expectJson(200).json();
        assertEquals(1, report.path("created").asInt(), report.toString());
    }

    // ---------------------------------------------------------------------------------------------
    // 2. identifiers

    @Test
    void aCardNumberEqualToAnotherMembersPhoneIsRefusedAndALoginNamesOneMember() {
        String memberAPhone = Demo.MEMBER_A;
        Http.Response r = csv("members", admin, MEMBER_HEADER + "Trần Văn Trùng,03/03/1985,Nam," + memberAPhone
                + ",0913912002,,TP-PBT-CB01,Chính thức,01/01/2010,01/01/2011\n").expectProblem(400);
        assertError(r, 2, "Số thẻ đảng viên");
        r = csv("members", admin, MEMBER_HEADER + "Trần Văn Trùng,03/03/1985,Nam,93912003,0913912003,,TP-PBT-CB01,"
                + "Chính thức,01/01/2010,01/01/2011\n"
                + "Phạm Thị Hai,04/04/1986,Nữ,0913912003,0913912004,,TP-PBT-CB01,Chính thức,01/01/2010,01/01/2011\n")
                .expectProblem(400);
        assertError(r, 3, "Số thẻ đảng viên");
        assertEquals(http.caller(Demo.MEMBER_A, Demo.PASSWORD).path("memberId").asLong(),
                http.caller(Demo.MEMBER_A_CARD, Demo.PASSWORD).path("memberId").asLong());
    }

    // ---------------------------------------------------------------------------------------------
    // 3. separation of duties

    @Test
    void nobodyGrantsThemselvesARoleAndAnAuthorNeverApprovesTheirOwnWork() {
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        long self = http.caller(Demo.COMMITTEE_TP, Demo.PASSWORD).path("memberId").asLong();
        http.post("/api/roles", committeeTp, Map.of("memberId", self, "role", "EDITOR", "orgId", tp)).expectProblem(403);
        http.post("/api/roles", committeeTp, Map.of("memberId", self, "role", "REVIEWER", "orgId", tp)).expectProblem(403);
        long adminSelf = http.caller(Demo.ADMIN, Demo.PASSWORD).path("memberId").asLong();
        http.post("/api/roles", admin, Map.of("memberId", adminSelf, "role", "REVIEWER", "orgId", tu)).expectProblem(403);
        // the other end of a grant: a member of another district is not the committee's to promote
        long memberB = http.caller(Demo.MEMBER_B, Demo.PASSWORD).path("memberId").asLong();
        http.post("/api/roles", committeeTp, Map.of("memberId", memberB, "role", "SECRETARY", "orgId", cellA))
                .expectProblem(404);

        String both = account(member(cellA, 0), Map.of("EDITOR", tp, "REVIEWER", tp));
        long article = http.post("/api/news/articles", both, Map.of("title", "Tin tự duyệt", "body", "<p>Nội dung</p>",
                "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        http.post("/api/news/articles/" + article + "/submit", both, null).expectJson(200);
        Http.Response own = http.post("/api/news/articles/" + article + "/approve", both, null).expectProblem(403);
        assertTrue(own.json().path("detail").asText().contains("tự duyệt"), own.body());
        http.post("/api/news/articles/" + article + "/approve", admin, null).expectJson(200);

        ObjectNode doc = document("901-TB/TP", tp, tp);
        long d = http.post("/api/documents", both, doc).expectJson(201).longField("id");
        http.post("/api/documents/" + d + "/submit", both, null).expectJson(200);
        http.post("/api/documents/" + d + "/approve", both, null).expectProblem(403);
        http.post("/api/documents/" + d + "/approve", admin, null).expectJson(200);
    }

    static ObjectNode document(String number, long owner, long audience) {
        return Http.object().put("number", number).put("issuerName", "Cơ quan kiểm tra").put("ownerOrgId", owner)
                .put("audienceOrgId", audience).put("issuedOn", "2026-10-01").put("title", "Trích yếu " + number);
    }

    // ---------------------------------------------------------------------------------------------
    // 4. references

    @Test
    void aReferenceNamesOnlyPublishedDocumentsItsAuthorReadsAndAStatusChangeElsewhereIsOnlyRequested() {
        String editor = account(member(cellA, 1), Map.of("EDITOR", tp, "REVIEWER", tp));
        long draftTp = http.post("/api/documents", editor, document("902-KH/TP", tp, tp)).expectJson(201).longField("id");
        String secretaryB = account(member(cellB, 1), Map.of("SECRETARY", cellB));
        ObjectNode linkToDraft = document("01-BC/CBB", cellB, cellB);
        linkToDraft.putArray("relations").addObject().put("kind", "IMPLEMENTS").put("documentId", draftTp);
        Http.Response toDraft = http.post("/api/documents", secretaryB, linkToDraft).expectProblem(400);
        ObjectNode linkToNothing = document("02-BC/CBB", cellB, cellB);
        linkToNothing.putArray("relations").addObject().put("kind", "IMPLEMENTS").put("documentId", 987_654_321L);
        Http.Response toNothing = http.post("/api/documents", secretaryB, linkToNothing).expectProblem(400);
        assertEquals(toNothing.json().path("errors"), toDraft.json().path("errors"),
                "a draft of another district is answered exactly like a document that does not exist");
        assertFalse(toDraft.body().contains("902-KH/TP"), "no title or number read back: " + toDraft.body());

        // a district's approval replacing a provincial document only asks the province's reviewers
        long provincial = http.post("/api/documents", admin, document("903-QĐ/TU", tu, tu)).expectJson(201).longField("id");
        http.post("/api/documents/" + provincial + "/submit", admin, null).expectJson(200);
        String reviewer = account(member(cellA, 2), Map.of("REVIEWER", tu));
        http.post("/api/documents/" + provincial + "/approve", reviewer, null).expectJson(200);
        ObjectNode replacing = document("904-QĐ/TP", tp, tp);
        replacing.putArray("relations").addObject().put("kind", "REPLACES").put("documentId", provincial);
        String author = account(member(cellA, 3), Map.of("EDITOR", tp));
        long source = http.post("/api/documents", author, replacing).expectJson(201).longField("id");
        http.post("/api/documents/" + source + "/submit", author, null).expectJson(200);
        http.post("/api/documents/" + source + "/approve", editor, null).expectJson(200); // reviewer of TP only
        assertEquals("IN_FORCE", http.get("/api/documents/" + provincial, admin).expectJson(200).field("legalStatus").asText(),
                "a district's approval does not change a provincial document");
        assertTrue(http.get("/api/documents/status-requests", editor).expectJson(200).json().isEmpty());
        JsonNode request = null;
        for (JsonNode q : http.get("/api/documents/status-requests", reviewer).expectJson(200).json()) {
            if (q.path("documentId").asLong() == provincial) {
                request = q;
            }
        }
        assertTrue(request != null && "REPLACED".equals(request.path("legalStatus").asText()), "requested: " + request);
        long rid = request.path("id").asLong();
        http.post("/api/documents/status-requests/" + rid + "/accept", editor, null).expectProblem(404);
        http.post("/api/documents/status-requests/" + rid + "/accept", reviewer, null).expectJson(200);
        assertEquals("REPLACED", http.get("/api/documents/" + provincial, admin).expectJson(200).field("legalStatus").asText());
    }

    // ---------------------------------------------------------------------------------------------
    // 5. search

    @Test
    void anExpiredNoticeLeavesSearchTheMomentItExpires() {
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        String memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String word = "hethanngay" + System.nanoTime() % 100_000;
        Instant expires = Instant.now().plusSeconds(4);
        long id = http.post("/api/notices", secretary, Map.of("title", "Thông báo " + word, "body", "Họp ngắn " + word,
                "audienceOrgId", cellA, "expiresAt", expires.toString())).expectJson(201).longField("id");
        Searches.awaitHit(http, memberA, word, id);
        Await.until(Duration.ofSeconds(10), "the notice has expired", () -> Await.Check.of(Instant.now().isAfter(expires.plusMillis(200)), Instant.now()));
        assertTrue(Searches.hit(http, memberA, word, id).isEmpty(), "an expired notice is not found, not even its snippet");
    }

    @Test
    void anArchivedArticleLeavesSearchAtOnce() {
        String editor = account(member(cellA, 4), Map.of("EDITOR", tp));
        String memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String word = "luutrungay" + System.nanoTime() % 100_000;
        long id = http.post("/api/news/articles", editor, Map.of("title", "Tin " + word, "body", "<p>" + word + "</p>",
                "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + id + "/approve", admin, null).expectJson(200);
        Searches.awaitHitAt(http, memberA, word, "/api/news/articles/" + id);
        http.post("/api/news/articles/" + id + "/archive", admin, null).expectJson(200);
        assertTrue(Searches.hitAt(http, memberA, word, "/api/news/articles/" + id).isEmpty(),
                "gone with the archive, not a minute later");
    }

    // ---------------------------------------------------------------------------------------------
    // 6. crafted input

    @Test
    void aCraftedDocumentNumberOrCursorIsAnsweredAtOnceAsA400() {
        String editor = http.login(Demo.ADMIN, Demo.PASSWORD);
        String crafted = "so" + " ".repeat(1_500) + "1" + " ".repeat(1_500) + "QĐ" + " ".repeat(1_500) + "!";
        long t0 = System.nanoTime();
        http.post("/api/documents", editor, document(crafted, tu, tu)).expectProblem(400);
        http.get("/api/documents?number=" + Http.encode(crafted.substring(0, 1_900)), editor).expectJson(200);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_000, "answered in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        for (String path : new String[] {"/api/notices?cursor=o99999999999", "/api/notices?cursor=o2147483647",
                "/api/news?cursor=n%3A9223372036854775807%3A1", "/api/documents?cursor=k99999999999999999999.1",
                "/api/members?org=" + tu + "&cursor=o-1", "/api/notices?limit=99999999999"}) {
            http.get(path, editor).expectProblem(400);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 9. existence oracle

    @Test
    void whatACallerMayNotReadIsA404ExactlyLikeWhatDoesNotExist() {
        String editorTp = account(member(cellA, 5), Map.of("EDITOR", tp));
        long draft = http.post("/api/news/articles", editorTp, Map.of("title", "Bản nháp của Thành ủy", "body",
                "<p>Nháp</p>", "category", "province", "audienceOrgId", tp)).expectJson(201).longField("id");
        long doc = http.post("/api/documents", editorTp, document("905-KH/TP", tp, tp)).expectJson(201).longField("id");
        String committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        String[][] pairs = {
            {"POST", "/api/news/articles/" + draft + "/submit", "/api/news/articles/987654321/submit"},
            {"POST", "/api/news/articles/" + draft + "/approve", "/api/news/articles/987654321/approve"},
            {"GET", "/api/news/articles/" + draft + "/versions", "/api/news/articles/987654321/versions"},
            {"POST", "/api/documents/" + doc + "/submit", "/api/documents/987654321/submit"},
            {"POST", "/api/documents/" + doc + "/approve", "/api/documents/987654321/approve"},
            {"GET", "/api/documents/" + doc, "/api/documents/987654321"},
        };
        for (String[] p : pairs) {
            Http.Response hidden = http.send(p[0], p[1], committeeSh, null, null).expectProblem(404);
            Http.Response absent = http.send(p[0], p[2], committeeSh, null, null).expectProblem(404);
            assertEquals(absent.json().path("detail"), hidden.json().path("detail"), p[1]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 10. throttling

    static Http.Response loginFrom(String address, String login, String password) {
        return http.sendWith("POST", "/api/auth/login", null, Map.of("login", login, "password", password),
                Map.of("X-Forwarded-For", address));
    }

    @Test
    void failedLoginsCountPerAccountAndAddressSoAStrangerCannotLockAMemberOut() {
        JsonNode m = member(cellB, 2);
        account(m, Map.of());
        String phone = m.path("phone").asText(), card = m.path("cardNumber").asText();
        for (int i = 0; i < 5; i++) {
            loginFrom("203.0.113.50", i % 2 == 0 ? phone : card, "Sai-mat-khau-" + i).expectProblem(401);
        }
        Http.Response delayed = loginFrom("203.0.113.50", card, PASSWORD).expectProblem(429);
        long retry = Long.parseLong(delayed.header("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 60, "a delay of at most a minute, not a lock: " + retry);
        loginFrom("203.0.113.50", phone, PASSWORD).expectProblem(429);
        loginFrom("198.51.100.7", phone, PASSWORD).expect(200); // the member, elsewhere
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedLogin() {
        JsonNode m = member(cellB, 3);
        String token = account(m, Map.of());
        for (int i = 0; i < 5; i++) {
            http.sendWith("POST", "/api/auth/password", token, Map.of("oldPassword", "Sai-mat-khau-" + i, "newPassword",
                    "Mat-khau-moi-2026"), Map.of("X-Forwarded-For", "203.0.113.60")).expectProblem(400);
        }
        loginFrom("203.0.113.60", m.path("phone").asText(), PASSWORD).expectProblem(429);
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() throws IOException {
        JsonNode m = member(cellB, 4);
        account(m, Map.of());
        String phone = m.path("phone").asText();
        // from 127.0.0.2 (not a trusted proxy) claiming to be 10.9.9.9: counted against 127.0.0.2
        for (int i = 0; i < 5; i++) {
            assertEquals(401, rawLoginFrom127002(phone, "Sai-mat-khau-" + i, "10.9.9.9"));
        }
        assertEquals(429, rawLoginFrom127002(phone, PASSWORD, "10.9.9.9"));
        loginFrom("10.9.9.9", phone, PASSWORD).expect(200);
    }

    /** POST /api/auth/login over a socket bound to 127.0.0.2 with an X-Forwarded-For header; the status. */
    static int rawLoginFrom127002(String login, String password, String forwardedFor) throws IOException {
        byte[] body = Http.JSON.writeValueAsBytes(Map.of("login", login, "password", password));
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress("127.0.0.2", 0));
            s.connect(new InetSocketAddress("127.0.0.1", Distribution.HTTP_PORT), 5_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 401"
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
