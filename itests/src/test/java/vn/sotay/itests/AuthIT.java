package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Login, tokens, throttling, logout and password change (rest-api.md, "Authentication"). */
@Order(1)
class AuthIT {
    private static Http http;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
    }

    @Test
    void rightPasswordGivesTokenAndCaller() {
        Http.Response r = http.loginResponse(Demo.ADMIN, Demo.PASSWORD).expectJson(200);
        JsonNode body = r.json();
        assertFalse(body.path("token").asText("").isBlank(), "token: " + body);
        Instant expires = Instant.parse(body.path("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now()), "expiresAt in the future: " + expires);
        JsonNode caller = body.path("caller");
        assertTrue(caller.path("accountId").isNumber(), "caller.accountId: " + caller);
        assertTrue(caller.path("memberId").isNumber(), "caller.memberId: " + caller);
        assertFalse(caller.path("name").asText("").isBlank(), "caller.name: " + caller);
        long tu = Orgs.id(http, body.path("token").asText(), Demo.TU);
        boolean adminAtTu = false;
        for (JsonNode g : caller.path("grants")) {
            adminAtTu |= "ADMIN".equals(g.path("role").asText()) && g.path("orgId").asLong() == tu;
        }
        assertTrue(adminAtTu, "the demo admin holds ADMIN at TU: " + caller);

        // the token works, and /api/auth/me is the same caller
        JsonNode me = http.get("/api/auth/me", body.path("token").asText()).expectJson(200).json();
        assertEquals(caller.path("accountId").asLong(), me.path("accountId").asLong(), "me: " + me);
    }

    @Test
    void wrongPasswordIs401Problem() {
        // the editor is otherwise used only by the password test below; the final right login resets the count
        http.loginResponse(Demo.EDITOR, "Sai@mat-khau1").expectProblem(401);
        http.login(Demo.EDITOR, Demo.PASSWORD);
        // unknown login: the same 401, nothing revealed
        http.loginResponse("0999999999", Demo.PASSWORD).expectProblem(401);
    }

    @Test
    void loginByPartyCardNumber() {
        JsonNode byPhone = http.caller(Demo.MEMBER_A, Demo.PASSWORD);
        JsonNode byCard = http.caller(Demo.MEMBER_A_CARD, Demo.PASSWORD);
        assertEquals(byPhone.path("accountId").asLong(), byCard.path("accountId").asLong(),
                "card " + Demo.MEMBER_A_CARD + " and phone " + Demo.MEMBER_A + " are the same account");
        assertEquals(byPhone.path("memberId").asLong(), byCard.path("memberId").asLong());
        assertTrue(byCard.path("cellId").isNumber(), "a member has a cell: " + byCard);
    }

    @Test
    void protectedEndpointsNeedAValidToken() {
        for (String path : new String[] {"/api/auth/me", "/api/org/tree", "/api/notices"}) {
            http.get(path, null).expectProblem(401);
            http.get(path, "not-a-token").expectProblem(401);
            http.get(path, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").expectProblem(401);
        }
        // a malformed Authorization header is a 401 too, never a 500
        http.getWithAuthorization("/api/auth/me", "Bearer").expectProblem(401);
        http.getWithAuthorization("/api/auth/me", "Basic a2FyYWY6a2FyYWY=").expectProblem(401);
        // public endpoints stay public
        http.get("/api/ping", null).expectJson(200);
        http.get("/api/ping", "not-a-token").expect(200);
    }

    @Test
    void fiveFailuresLockTheLogin() {
        // the reviewer is used by no other test: it stays locked for 15 minutes
        for (int i = 1; i <= 5; i++) {
            http.loginResponse(Demo.REVIEWER, "Sai@mat-khau" + i).expectProblem(401);
        }
        Http.Response locked = http.loginResponse(Demo.REVIEWER, Demo.PASSWORD).expectProblem(429);
        String retryAfter = locked.header("Retry-After").orElseThrow(
                () -> new AssertionError("429 without Retry-After: " + locked.headers().map()));
        assertTrue(retryAfterSeconds(retryAfter) > 0, "Retry-After in the future: " + retryAfter);
        assertTrue(retryAfterSeconds(retryAfter) <= 15 * 60 + 60, "locked about 15 minutes: " + retryAfter);
        // still locked with the right password, and by the party card of the same account
        http.loginResponse(Demo.REVIEWER, Demo.PASSWORD).expectProblem(429);
        http.loginResponse("93000006", Demo.PASSWORD).expectProblem(429);
        // other logins are not affected
        http.login(Demo.MEMBER_A, Demo.PASSWORD);
    }

    /** Retry-After is delta-seconds or an HTTP date. */
    private static long retryAfterSeconds(String value) {
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(v);
        }
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond()
                - Instant.now().getEpochSecond();
    }

    @Test
    void logoutRevokesTheToken() {
        String token = http.login(Demo.ADMIN, Demo.PASSWORD);
        String other = http.login(Demo.ADMIN, Demo.PASSWORD);
        http.get("/api/auth/me", token).expect(200);
        http.post("/api/auth/logout", token, null).expect(204);
        http.get("/api/auth/me", token).expectProblem(401);
        http.get("/api/org/tree", token).expectProblem(401);
        // only that token: another session of the same account goes on
        http.get("/api/auth/me", other).expect(200);
        http.post("/api/auth/logout", other, null).expect(204);
    }

    @Test
    void changePasswordRoundTrip() {
        // the editor is this test's dedicated account
        String fresh = "Kiem-Thu@2025";
        String token = http.login(Demo.EDITOR, Demo.PASSWORD);
        // a wrong current password is refused, the password stays
        http.post("/api/auth/password", token, Http.object().put("oldPassword", "Sai@mat-khau9")
                .put("newPassword", fresh)).expectProblem(400).expectErrorField("oldPassword");
        // a weak new password is refused
        http.post("/api/auth/password", token, Http.object().put("oldPassword", Demo.PASSWORD)
                .put("newPassword", "123")).expectProblem(400).expectErrorField("newPassword");
        http.login(Demo.EDITOR, Demo.PASSWORD);

        http.post("/api/auth/password", token, Http.object().put("oldPassword", Demo.PASSWORD)
                .put("newPassword", fresh)).expect(204);
        try {
            http.loginResponse(Demo.EDITOR, Demo.PASSWORD).expectProblem(401);
            String again = http.login(Demo.EDITOR, fresh);
            http.get("/api/auth/me", again).expect(200);
        } finally {
            String again = http.login(Demo.EDITOR, fresh);
            http.post("/api/auth/password", again, Http.object().put("oldPassword", fresh)
                    .put("newPassword", Demo.PASSWORD)).expect(204);
        }
        http.login(Demo.EDITOR, Demo.PASSWORD);
        http.loginResponse(Demo.EDITOR, fresh).expectProblem(401);
        http.login(Demo.EDITOR, Demo.PASSWORD);
    }
}
