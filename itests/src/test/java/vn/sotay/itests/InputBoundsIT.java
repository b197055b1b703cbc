package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The platform's input bounds over HTTP (issue 9, item 6): every breach a 4xx problem, the server unharmed. */
@Order(2)
class InputBoundsIT {

    static Http.Response problem(Http.Response r, int status) {
        r.expectProblem(status);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        return r;
    }

    static Map<String, String> json(String token) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json; charset=UTF-8");
    }

    @Test
    void aTwoMegabyteJsonBodyIs413() {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        byte[] body = ("{\"title\":\"" + "a".repeat(2 << 20) + "\",\"body\":\"x\",\"audienceOrgId\":1}")
                .getBytes(StandardCharsets.UTF_8);
        problem(http.exchange("POST", "/api/notices", json(secretary), body), 413);
        problem(http.exchange("POST", "/api/documents", json(secretary), body), 413);
        http.get("/api/ping", null).expectJson(200);
    }

    @Test
    void deeplyNestedJsonIs400() {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        String deep = "{\"title\":\"t\",\"body\":\"b\",\"audienceOrgId\":1,\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Http.Response r = problem(http.exchange("POST", "/api/notices", json(secretary), deep.getBytes(StandardCharsets.UTF_8)), 400);
        assertTrue(r.json().path("detail").asText().contains("64"), r.body());
        http.get("/api/ping", null).expectJson(200);
    }

    @Test
    void aQueryParameterOverTwoThousandCharactersIs400NamingIt() {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        Http.Response r = problem(http.get("/api/search?q=" + "a".repeat(3000), member), 400);
        assertTrue(r.json().path("detail").asText().contains("«q»"), r.body());
        assertEquals("q", r.errors().get(0).path("field").asText());
        problem(http.get("/api/documents?" + "a=1&".repeat(60), member), 400);
        problem(http.get("/api/notices/" + "1".repeat(3000), member), 400);
        http.get("/api/ping?x=" + "a".repeat(2000), member).expectJson(200); // at the bound: fine
    }

    @Test
    void invalidUtf8InAQueryOrAJsonBodyIs400() {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        problem(http.get("/api/search?q=%C3%28", secretary), 400);
        problem(http.get("/api/search?q=%FF%FE", null), 400);
        byte[] body = "{\"title\":\"Thông báo XX\",\"body\":\"b\",\"audienceOrgId\":1}".getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.ISO_8859_1).indexOf("XX");
        body[at] = (byte) 0xC3;
        body[at + 1] = (byte) 0x28;
        problem(http.exchange("POST", "/api/notices", json(secretary), body), 400);
        http.get("/api/ping", null).expectJson(200);
    }
}
