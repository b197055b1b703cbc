package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything persists across a restart of the distribution: notices, receipts, tokens, the search index. Runs last. */
@Order(11)
class RestartIT {
    static final String TITLE = "Kế hoạch tổng kết công tác xây dựng Đảng năm 2025";

    @Test
    void dataTokensAndIndexSurviveARestart() {
        Distribution dist = Distribution.get();
        Http http = dist.http();
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        long tp = Orgs.id(http, committeeTp, Demo.TP);
        long id = Notices.sendId(http, committeeTp, TITLE, "Các chi bộ gửi báo cáo tổng kết trước ngày 15 tháng 12.", tp);
        http.get("/api/notices/" + id, member).expectJson(200);
        http.post("/api/notices/" + id + "/ack", member, null).expectJson(200);
        Searches.awaitHit(http, member, "tong ket cong tac", id);

        dist.restart();
        http = dist.http();

        // the old token is still valid: tokens persist
        JsonNode me = http.get("/api/auth/me", member).expectJson(200).json();
        assertEquals(http.caller(Demo.MEMBER_A, Demo.PASSWORD).path("accountId").asLong(), me.path("accountId").asLong());
        String fresh = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        JsonNode item = Notices.inInbox(http, fresh, id)
                .orElseThrow(() -> new AssertionError("notice " + id + " not listed after the restart"));
        assertTrue(item.path("read").asBoolean(), "still read: " + item);
        assertTrue(item.path("acknowledged").asBoolean(), "still acknowledged: " + item);
        assertEquals(TITLE, http.get("/api/notices/" + id, member).expectJson(200).json().path("title").asText());
        JsonNode stats = http.get("/api/notices/" + id + "/stats", committeeTp).expectJson(200).json();
        assertTrue(stats.path("acknowledged").asLong() >= 1, "the ack is counted after the restart: " + stats);
        Searches.awaitHit(http, fresh, "tong ket cong tac", id);
        Searches.awaitHit(http, fresh, "tổng kết công tác", id);
    }
}
