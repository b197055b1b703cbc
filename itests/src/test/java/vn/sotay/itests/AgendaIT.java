package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Calendar entries (issue 10, contract 4) over HTTP: a notice's expiry is in its audience's agenda, nobody else's. */
@Order(3)
class AgendaIT {

    static boolean has(JsonNode entries, long noticeId) {
        for (JsonNode e : entries) {
            if (("/api/notices/" + noticeId).equals(e.path("url").asText()) && "notices".equals(e.path("source").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aNoticesExpiryIsInItsAudiencesAgendaOnly() {
        Http http = Distribution.get().http();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long cellA = Orgs.id(http, admin, Demo.CELL_A);
        Instant expires = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long id = http.post("/api/notices", secretary, Map.of("title", "Nộp báo cáo quý", "body", "Hạn nộp báo cáo.",
                "audienceOrgId", cellA, "expiresAt", expires.toString())).expectJson(201).longField("id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String range = "?from=" + today + "&to=" + today.plusDays(7);
        JsonNode a = http.get("/api/agenda" + range, http.login(Demo.MEMBER_A, Demo.PASSWORD)).expectJson(200).json();
        assertTrue(has(a, id), "member A's agenda: " + a);
        JsonNode b = http.get("/api/agenda" + range, http.login(Demo.MEMBER_B, Demo.PASSWORD)).expectJson(200).json();
        assertTrue(!has(b, id), "not in another district's: " + b);
        JsonNode later = http.get("/api/agenda?from=" + today.plusDays(3) + "&to=" + today.plusDays(10),
                http.login(Demo.MEMBER_A, Demo.PASSWORD)).expectJson(200).json();
        assertTrue(!has(later, id), "only inside the range");
        http.get("/api/agenda?from=2026-01-01&to=2028-01-01", admin).expectProblem(400);
        http.get("/api/agenda?from=ngay-mai", admin).expectProblem(400);
    }
}
