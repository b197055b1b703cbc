package vn.sotay.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.AccountEntity;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.RoleGrantEntity;
import vn.sotay.platform.core.internal.entity.TokenEntity;

/**
 * Resolves bearer tokens to callers. Every request needs it, so resolved callers are cached by
 * token digest (tokens persist in CORE_TOKEN and survive restarts; the cache does not need to).
 */
@Component(service = Sessions.class)
public class Sessions {
    private static final int MAX_CACHED = 200_000;
    private final CoreDb db;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<Long, java.time.LocalDate> lastVisit = new ConcurrentHashMap<>();

    private record Entry(Caller caller, Instant expiresAt) {
    }

    @Activate
    public Sessions(@Reference CoreDb db) {
        this.db = db;
    }

    Optional<Caller> resolve(String token) {
        String digest = digest(token);
        Entry e = cache.get(digest);
        if (e == null) {
            e = db.unit().read(em -> {
                List<TokenEntity> t = em.createQuery("SELECT t FROM TokenEntity t WHERE t.digest = :d", TokenEntity.class)
                        .setParameter("d", digest).getResultList();
                if (t.isEmpty()) {
                    return null;
                }
                Caller c = caller(em, t.get(0).accountId);
                return c == null ? null : new Entry(c, Sql.instant(t.get(0).expiresAt));
            });
            if (e == null) {
                return Optional.empty();
            }
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(digest, e);
        }
        if (e.expiresAt().isBefore(Instant.now())) {
            cache.remove(digest);
            return Optional.empty();
        }
        visited(e.caller());
        return Optional.of(e.caller());
    }

    /** Records the first authenticated request of an account each (Vietnamese) day: one insert per member per day. */
    private void visited(Caller c) {
        java.time.LocalDate today = java.time.LocalDate.now(CoreDb.ZONE);
        if (today.equals(lastVisit.get(c.accountId())) || today.equals(lastVisit.put(c.accountId(), today))) {
            return; // already recorded today (the usual case: a read, no write)
        }
        try {
            db.unit().write(em -> em.createNativeQuery("INSERT INTO CORE_VISIT (ACCOUNT_ID, VISIT_DAY, CELL_ID) "
                    + "SELECT CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS BIGINT) FROM CORE_ACCOUNT WHERE ID = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM CORE_VISIT "
                    + "WHERE ACCOUNT_ID = ? AND VISIT_DAY = ?)")
                    .setParameter(1, c.accountId()).setParameter(2, java.sql.Date.valueOf(today))
                    .setParameter(3, c.cellId()).setParameter(4, c.accountId()).setParameter(5, c.accountId())
                    .setParameter(6, java.sql.Date.valueOf(today)).executeUpdate());
        } catch (javax.persistence.PersistenceException raced) {
            // another request of the same account recorded today's visit first
        }
    }

    /** A fresh login: cached at once, and counted as a visit. */
    void remember(String token, Caller caller, Instant expiresAt) {
        cache.put(digest(token), new Entry(caller, expiresAt));
        visited(caller);
    }

    void forget(String token) {
        cache.remove(digest(token));
    }

    /** Drops every cached caller (after an import changed members' cells or statuses). */
    public void evictAll() {
        cache.clear();
    }

    /** Drops cached callers of an account after its roles or password changed. */
    public void evictAccount(long accountId) {
        cache.values().removeIf(e -> e.caller().accountId() == accountId);
    }

    /** The caller of an account: member data, implicit MEMBER grant at the cell, explicit grants. */
    static Caller caller(EntityManager em, long accountId) {
        AccountEntity a = em.find(AccountEntity.class, accountId);
        if (a == null) {
            return null;
        }
        MemberEntity m = em.find(MemberEntity.class, a.memberId);
        if (m != null && vn.sotay.api.member.MemberStatus.TRANSFERRED.name().equals(m.status)) {
            return null; // transferred out: the member's tokens stop working
        }
        List<RoleGrant> grants = new ArrayList<>();
        if (m != null) {
            grants.add(new RoleGrant(Role.MEMBER, m.cellId));
        }
        for (RoleGrantEntity g : em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.accountId = :a ORDER BY g.id",
                RoleGrantEntity.class).setParameter("a", accountId).getResultList()) {
            grants.add(new RoleGrant(Role.valueOf(g.role), g.orgId));
        }
        return new Caller(accountId, m == null ? null : m.id, m == null ? "" : m.fullName, m == null ? null : m.cellId,
                grants);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
