package vn.sotay.itests;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Accounts of ordinary demo members (never the eight demo accounts) made by the demo administrator for a test. */
final class Members {
    /** The password every such account gets. */
    static final String PASSWORD = "Tin-cay-2026";

    private Members() {
    }

    /** The {@code n}-th ordinary member of a cell (not one of the eight demo accounts): its member record. */
    static JsonNode member(Http http, String admin, long cell, int n) {
        List<JsonNode> all = http.all("/api/members?org=" + cell, admin).stream()
                .filter(m -> !m.path("phone").asText().startsWith("090000000")).toList();
        return all.get(n);
    }

    /** Gives a member an account with {@link #PASSWORD} and the roles (role → org id), and logs it in. */
    static String account(Http http, String admin, JsonNode member, Map<String, Long> roles) {
        long id = member.path("id").asLong();
        http.post("/api/accounts/" + id + "/password", admin, Map.of("password", PASSWORD)).expect(204);
        roles.forEach((role, org) -> http.post("/api/roles", admin, Map.of("memberId", id, "role", role, "orgId", org))
                .expect(201));
        return http.login(member.path("phone").asText(), PASSWORD);
    }
}
