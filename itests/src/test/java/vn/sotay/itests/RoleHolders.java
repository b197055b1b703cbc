package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Accounts a test makes for itself, so that it never depends on the demo accounts other classes
 * lock or change (AuthIT locks the demo reviewer and changes the editor's password): the demo
 * administrator picks a demo member of the wanted cell who has no account in use yet, resets the
 * password (which creates the account) and grants the roles; the holder logs in. Grants another
 * test left on that member are revoked, so a holder has exactly the implicit MEMBER at its cell and
 * the roles asked for. {@link #cleanup()} revokes what was granted here. Holders are made one after
 * the other: parallel account inserts still meet Derby's lock timeouts (issue 9, item 13).
 */
final class RoleHolders {
    /** Members handed out in this JVM: two classes never share a holder. */
    private static final Set<Long> TAKEN = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One account: the member, its login (phone), current password and token. */
    static final class Holder {
        final String name;
        final long memberId;
        final long cellId;
        final String login;
        volatile String password;
        volatile String token;
        volatile long accountId;

        Holder(String name, long memberId, long cellId, String login, String password) {
            this.name = name;
            this.memberId = memberId;
            this.cellId = cellId;
            this.login = login;
            this.password = password;
        }

        @Override
        public String toString() {
            return name + " (member " + memberId + ", login " + login + ")";
        }
    }

    private final Http http;
    private final String admin;
    private final Map<String, Long> orgIds;
    private final List<String[]> granted = new ArrayList<>();

    /** {@code admin}: a token of an administrator at the root, used only to set holders up. */
    RoleHolders(Http http, String admin) {
        this.http = http;
        this.admin = admin;
        this.orgIds = new ConcurrentHashMap<>();
        index(Orgs.tree(http, admin));
    }

    private void index(JsonNode nodes) {
        for (JsonNode n : nodes) {
            orgIds.put(n.path("code").asText(), n.path("id").asLong());
            index(n.path("children"));
        }
    }

    /** The administrator's token the holders are set up with. */
    String adminToken() {
        return admin;
    }

    /** The id of an organisation by code. */
    long org(String code) {
        Long id = orgIds.get(code);
        assertTrue(id != null, "no organisation " + code + " in the tree");
        return id;
    }

    /**
     * A member of {@code cellCode} with an account, the {@code grants} ({@code ROLE@ORGCODE}) and,
     * when {@code login}, a token.
     */
    Holder create(String name, String cellCode, List<String> grants, boolean login) {
        long cell = org(cellCode);
        JsonNode m = pick(cell);
        Holder h = new Holder(name, m.path("id").asLong(), cell, m.path("phone").asText(), newPassword());
        Fixtures.retry(() -> http.post("/api/accounts/" + h.memberId + "/password", admin,
                Http.object().put("password", h.password)), 204);
        for (String g : grants) {
            String[] rg = g.split("@");
            Fixtures.retry(() -> http.post("/api/roles", admin, Http.object().put("memberId", h.memberId)
                    .put("role", rg[0]).put("orgId", org(rg[1]))), 201);
            synchronized (granted) {
                granted.add(new String[] {"memberId=" + h.memberId, rg[0], String.valueOf(org(rg[1]))});
            }
        }
        if (login) {
            JsonNode caller = relogin(h);
            revokeOthers(h, caller, grants);
        }
        return h;
    }

    /** A fresh token for {@code h} (its earlier tokens stay valid unless the password changed). */
    JsonNode relogin(Holder h) {
        return take(h, Fixtures.retry(() -> http.loginResponse(h.login, h.password), 200));
    }

    private static JsonNode take(Holder h, Http.Response login) {
        h.token = login.json().path("token").asText();
        h.accountId = login.json().path("caller").path("accountId").asLong();
        return login.json().path("caller");
    }

    /**
     * Makes {@code h} usable again after a request may have revoked its tokens or changed its
     * password: keeps the token if it still works, else logs in again, else has the administrator
     * reset the password first ({@code passwordChanged}: at once, without a login that would fail).
     */
    void recover(Holder h, boolean passwordChanged) {
        if (!passwordChanged && http.get("/api/auth/me", h.token).status() == 200) {
            return;
        }
        Http.Response r = passwordChanged ? null : http.loginResponse(h.login, h.password);
        if (r == null || r.status() != 200) {
            h.password = newPassword();
            Fixtures.retry(() -> http.post("/api/accounts/" + h.memberId + "/password", admin,
                    Http.object().put("password", h.password)), 204);
            r = Fixtures.retry(() -> http.loginResponse(h.login, h.password), 200);
        }
        take(h, r);
    }

    /** A new token without replacing the holder's own (for operations that revoke the token they use). */
    String extraToken(Holder h) {
        return http.login(h.login, h.password);
    }

    /** A password that passes the platform's rules, different every time. */
    static String newPassword() {
        return "Mt@" + Long.toString(Math.abs(RANDOM.nextLong()), 36) + "9";
    }

    /** Revokes every grant made by {@link #create} (the accounts stay, holding only MEMBER). */
    void cleanup() {
        List<String> failed = new ArrayList<>();
        synchronized (granted) {
            for (String[] g : granted) {
                Http.Response r = http.delete("/api/roles?" + g[0] + "&role=" + g[1] + "&orgId=" + g[2], admin);
                if (r.status() != 204) {
                    failed.add(String.join(" ", g) + " → " + r);
                }
            }
            granted.clear();
        }
        assertTrue(failed.isEmpty(), "revoking the holders' roles failed: " + failed);
    }

    /** The last member of the cell (by id) that is counted, not a demo account, and not handed out yet. */
    private JsonNode pick(long cell) {
        List<JsonNode> members = new ArrayList<>(http.all("/api/members?org=" + cell, admin));
        members.sort(Comparator.comparingLong((JsonNode m) -> m.path("id").asLong()).reversed());
        for (JsonNode m : members) {
            String status = m.path("status").asText();
            boolean demo = m.path("phone").asText().startsWith("09000000");
            if (!demo && m.path("cellId").asLong() == cell && (status.equals("OFFICIAL") || status.equals("PROBATIONARY"))
                    && TAKEN.add(m.path("id").asLong())) {
                return m;
            }
        }
        throw new AssertionError("no free member left in organisation " + cell + " for a test account");
    }

    /** Grants beyond MEMBER@cell and {@code wanted} (another test's leftovers) are revoked. */
    private void revokeOthers(Holder h, JsonNode caller, List<String> wanted) {
        Set<String> keep = new HashSet<>();
        keep.add("MEMBER@" + h.cellId);
        wanted.forEach(g -> keep.add(g.split("@")[0] + "@" + org(g.split("@")[1])));
        for (JsonNode g : caller.path("grants")) {
            String key = g.path("role").asText() + "@" + g.path("orgId").asLong();
            if (!keep.contains(key)) {
                http.delete("/api/roles?accountId=" + h.accountId + "&role=" + g.path("role").asText() + "&orgId="
                        + g.path("orgId").asLong(), admin).expect(204);
            }
        }
    }
}
