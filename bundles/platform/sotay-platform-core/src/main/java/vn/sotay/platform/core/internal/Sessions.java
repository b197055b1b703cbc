package vn.sotay.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
 * Resolves tokens to callers. Every request needs it, so resolved callers are cached by token
 * digest (tokens persist in CORE_TOKEN and survive restarts; the cache does not need to).
 *
 * <p>A browser session token (IDLE_SECONDS set) expires after that long without use: each use
 * slides its expiry to now + idle, never past ENDS_AT. The slid expiry is kept in the cache and
 * written to CORE_TOKEN only when it moved by more than a tenth of the idle time (one write every
 * few minutes per active session, not one per request), so after a restart a session may end up
 * to that much earlier than it would have.
 */
@Component(service = Sessions.class)
public class Sessions {
    private static final int MAX_CACHED = 200_000;
    private final CoreDb db;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<Long, java.time.LocalDate> lastVisit = new ConcurrentHashMap<>();

    /** A cached caller; {@code idle}/{@code endsAt}/{@code persisted} only for browser sessions. */
    private record Entry(Caller caller, Instant expiresAt, Duration idle, Instant endsAt, Instant persisted) {
        Entry(Caller caller, Instant expiresAt) {
            this(caller, expiresAt, null, null, expiresAt);
        }
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
                TokenEntity row = t.get(0);
                Caller c = caller(em, row.accountId);
                Instant expires = Sql.instant(row.expiresAt);
                return c == null ? null : new Entry(c, expires,
                        row.idleSeconds == null ? null : Duration.ofSeconds(row.idleSeconds), Sql.instant(row.endsAt),
                        expires);
            });
            if (e == null) {
                return Optional.empty();
            }
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            cache.put(digest, e);
        }
        Instant now = Instant.now();
        if (e.expiresAt().isBefore(now)) {
            cache.remove(digest);
            return Optional.empty();
        }
        if (e.idle() != null) {
            slide(digest, e, now);
        }
        visited(e.caller());
        return Optional.of(e.caller());
    }

    /** Moves a browser session's expiry to now + idle (capped at its end), persisting it now and then. */
    private void slide(String digest, Entry e, Instant now) {
        Instant next = now.plus(e.idle());
        if (e.endsAt() != null && next.isAfter(e.endsAt())) {
            next = e.endsAt();
        }
        if (!next.isAfter(e.expiresAt())) {
            return;
        }
        Instant persisted = e.persisted();
        if (Duration.between(persisted, next).compareTo(e.idle().dividedBy(10)) > 0) {
            Instant at = next;
            db.unit().write(em -> em.createQuery("UPDATE TokenEntity t SET t.expiresAt = :x WHERE t.digest = :d")
                    .setParameter("x", Sql.utc(at)).setParameter("d", digest).executeUpdate());
            persisted = next;
        }
        cache.replace(digest, e, new Entry(e.caller(), next, e.idle(), e.endsAt(), persisted));
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
        remember(token, caller, expiresAt, null, null);
    }

    /** A fresh login; {@code idle} and {@code endsAt} are set for a browser session, else {@code null}. */
    void remember(String token, Caller caller, Instant expiresAt, Duration idle, Instant endsAt) {
        cache.put(digest(token), new Entry(caller, expiresAt, idle, endsAt, expiresAt));
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
        if (m != null && !vn.sotay.api.member.Eligibility.logsIn(vn.sotay.api.member.MemberStatus.valueOf(m.status))) {
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
