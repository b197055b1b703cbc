package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.auth.LoginResult;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.TokenEntity;
import vn.sotay.testing.DerbyUnit;

/** Browser sessions on the real unit (in-memory Derby): idle expiry, sliding, hard end, bearer tokens unchanged. */
class BrowserSessionsTest {
    static final String PHONE = "0912345678";
    static final String PASSWORD = "MatKhau2024";
    private CoreDb db;
    private Sessions sessions;
    private AccountServiceImpl accounts;

    @BeforeEach
    void setUp() {
        db = new CoreDb(spec -> new DerbyUnit("sessions" + System.nanoTime(), spec));
        sessions = new Sessions(db);
        accounts = new AccountServiceImpl(db, sessions, TestAccounts.noop(AuditService.class),
                TestAccounts.noop(AuthorizationService.class), TestAccounts.config());
        TestAccounts.member(db, PHONE, "93999999", 1L, PASSWORD);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aSessionLivesForTheIdleTimeAndSlidesWithUse() {
        Instant before = Instant.now();
        LoginResult s = accounts.openSession(PHONE, PASSWORD, null);
        assertTrue(s.expiresAt().isAfter(before.plusSeconds(59)) && s.expiresAt().isBefore(Instant.now().plusSeconds(61)),
                "idle expiry of one minute: " + s.expiresAt());
        TokenEntity row = row(s.token());
        assertEquals(60, row.idleSeconds);
        assertTrue(Sql.instant(row.endsAt).isAfter(before.plus(Duration.ofMinutes(119))), "hard end after 2 hours");
        assertTrue(accounts.authenticate(s.token()).isPresent());

        // nearly idle: the next use moves the expiry to now + idle, and writes it (it moved by more than idle/10)
        setExpiry(s.token(), Instant.now().plusSeconds(10), null);
        sessions.evictAll();
        assertTrue(accounts.authenticate(s.token()).isPresent());
        assertTrue(Sql.instant(row(s.token()).expiresAt).isAfter(Instant.now().plusSeconds(50)), "slid and persisted");

        // idle too long: gone
        setExpiry(s.token(), Instant.now().minusSeconds(1), null);
        sessions.evictAll();
        assertTrue(accounts.authenticate(s.token()).isEmpty());
    }

    @Test
    void slidingNeverPassesTheHardEnd() {
        LoginResult s = accounts.openSession(PHONE, PASSWORD, null);
        Instant end = Instant.now().plusSeconds(20);
        setExpiry(s.token(), Instant.now().plusSeconds(5), end);
        sessions.evictAll();
        assertTrue(accounts.authenticate(s.token()).isPresent());
        Instant persisted = Sql.instant(row(s.token()).expiresAt);
        assertFalse(persisted.isAfter(end.plusMillis(1)), persisted + " after the end " + end);
    }

    @Test
    void bearerTokensDoNotSlideAndLogoutEndsASession() {
        LoginResult bearer = accounts.login(PHONE, PASSWORD, null);
        assertNull(row(bearer.token()).idleSeconds);
        Instant fixed = Instant.now().plusSeconds(10);
        setExpiry(bearer.token(), fixed, null);
        sessions.evictAll();
        assertTrue(accounts.authenticate(bearer.token()).isPresent());
        assertEquals(Sql.utc(fixed), row(bearer.token()).expiresAt, "a bearer token's expiry is fixed");

        LoginResult s = accounts.openSession(PHONE, PASSWORD, null);
        accounts.logout(s.token());
        assertTrue(accounts.authenticate(s.token()).isEmpty());
        assertTrue(accounts.authenticate(bearer.token()).isPresent(), "only that session ended");
    }

    private TokenEntity row(String token) {
        return db.unit().read(em -> em.createQuery("SELECT t FROM TokenEntity t WHERE t.digest = :d", TokenEntity.class)
                .setParameter("d", Sessions.digest(token)).getSingleResult());
    }

    private void setExpiry(String token, Instant expires, Instant endsAt) {
        db.unit().write(em -> {
            TokenEntity t = em.createQuery("SELECT t FROM TokenEntity t WHERE t.digest = :d", TokenEntity.class)
                    .setParameter("d", Sessions.digest(token)).getSingleResult();
            t.expiresAt = Sql.utc(expires);
            if (endsAt != null) {
                t.endsAt = Sql.utc(endsAt);
            }
            return null;
        });
    }
}
