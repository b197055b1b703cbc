package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's records of what happened: the audit log of writes (who, when, what, on which
 * object), login and visit statistics, and an administrator's password reset.
 */
@Order(5)
class AuditIT {

    @Test
    void writesAreAuditedAndOnlyTheProvincialAdminReadsTheLog() {
        Http http = Distribution.get().http();
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        long tp = Orgs.id(http, committeeTp, Demo.TP);
        long id = Notices.sendId(http, committeeTp, "Thông báo kiểm tra nhật ký", "Nội dung.", tp);

        List<JsonNode> entries = http.all("/api/audit?objectType=notice&objectId=" + id, admin);
        assertEquals(1, entries.size(), "one audit entry for the send: " + entries);
        JsonNode e = entries.get(0);
        assertEquals("notice.send", e.path("action").asText());
        long committeeAccount = http.caller(Demo.COMMITTEE_TP, Demo.PASSWORD).path("accountId").asLong();
        assertEquals(committeeAccount, e.path("actorId").asLong(), "who");
        assertTrue(e.path("at").asText().startsWith("20"), "when: " + e);

        http.get("/api/audit", committeeTp).expectProblem(403);
        http.get("/api/audit", null).expectProblem(401);
    }

    @Test
    void loginsAndVisitsFeedTheStatistics() {
        Http http = Distribution.get().http();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        String memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD); // a login is a visit
        http.get("/api/auth/me", memberB).expectJson(200);
        long root = Orgs.id(http, admin, Demo.TU);
        long sh = Orgs.id(http, admin, Demo.SH);
        JsonNode accounts = http.get("/api/metrics/platform.accounts?org=" + root, admin).expectJson(200).json();
        assertTrue(accounts.path("total").asLong() >= 2, "admin and member B used the handbook today: " + accounts);
        boolean shCounted = false;
        for (JsonNode c : accounts.path("byChild")) {
            shCounted |= c.path("orgId").asLong() == sh && c.path("value").asLong() >= 1;
        }
        assertTrue(shCounted, "member B counts under Huyện ủy Sơn Hà: " + accounts);
        String memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        http.get("/api/metrics/platform.accounts?org=" + root, memberA).expectProblem(403);
    }

    @Test
    void anAdministratorResetsAMembersPasswordAndTheMemberLogsIn() {
        Http http = Distribution.get().http();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        long cellB = Orgs.id(http, admin, Demo.CELL_B);
        JsonNode member = http.all("/api/members?org=" + cellB, admin).stream()
                .filter(m -> !m.path("phone").asText().startsWith("09000000")).findFirst().orElseThrow();
        String phone = member.path("phone").asText();
        http.loginResponse(phone, "KhoiTao@2024").expectProblem(401);
        http.post("/api/accounts/" + member.path("id").asLong() + "/password", admin,
                Http.object().put("password", "123")).expectProblem(400).expectErrorField("password");
        http.post("/api/accounts/" + member.path("id").asLong() + "/password", admin,
                Http.object().put("password", "KhoiTao@2024")).expect(204);
        assertEquals(member.path("id").asLong(), http.caller(phone, "KhoiTao@2024").path("memberId").asLong());
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        http.post("/api/accounts/" + member.path("id").asLong() + "/password", committeeTp,
                Http.object().put("password", "KhacNua@2024")).expectProblem(404);
    }
}
