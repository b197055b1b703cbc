package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.testing.DerbyUnit;

/**
 * Login throttling on the real unit (in-memory Derby): failures count per account (phone and card
 * share one budget) at each client address, per account and per address, with delays, not locks.
 */
class AccountThrottlingTest {
    static final String PHONE = "0912345678", CARD = "93999999", PASSWORD = "MatKhau2024", WRONG = "Sai-mat-khau1";
    private CoreDb db;
    private AccountServiceImpl accounts;
    private long accountId;

    @BeforeEach
    void setUp() {
        db = new CoreDb(spec -> new DerbyUnit("throttle" + System.nanoTime(), spec));
        accounts = new AccountServiceImpl(db, new Sessions(db), TestAccounts.noop(AuditService.class),
                TestAccounts.noop(AuthorizationService.class), TestAccounts.config());
        accountId = TestAccounts.member(db, PHONE, CARD, 1L, PASSWORD);
        TestAccounts.member(db, "0987654321", "93888888", 1L, PASSWORD);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void thePhoneAndTheCardShareOneBudget() {
        for (int i = 0; i < 5; i++) {
            String login = i % 2 == 0 ? PHONE : CARD;
            status(401, () -> accounts.login(login, WRONG, "10.0.0.1"));
        }
        ProblemException delayed = status(429, () -> accounts.login(CARD, PASSWORD, "10.0.0.1"));
        long retry = ((ProblemException.TooManyAttempts) delayed).retryAfterSeconds();
        assertTrue(retry > 0 && retry <= 60, "the first delay is a minute, not a lock: " + retry);
        status(429, () -> accounts.login(PHONE, PASSWORD, "10.0.0.1"));
    }

    @Test
    void failuresAtOneAddressDoNotDelayTheMemberAtAnother() {
        for (int i = 0; i < 5; i++) {
            status(401, () -> accounts.login(PHONE, WRONG, "203.0.113.9"));
        }
        status(429, () -> accounts.login(PHONE, PASSWORD, "203.0.113.9"));
        assertNotNull(accounts.login(PHONE, PASSWORD, "10.0.0.1").token(), "the member, elsewhere, logs in");
    }

    @Test
    void failuresFromManyAddressesDelayNewAddressesButNotOnesTheMemberUsed() {
        accounts.login(PHONE, PASSWORD, "10.0.0.1"); // where the member usually logs in
        for (int i = 0; i < 8; i++) {
            String from = "198.51.100." + i;
            status(401, () -> accounts.login(PHONE, WRONG, from));
        }
        status(429, () -> accounts.login(PHONE, PASSWORD, "198.51.100.200"));
        assertNotNull(accounts.login(PHONE, PASSWORD, "10.0.0.1").token(), "a known address is not delayed");
    }

    @Test
    void oneAddressSprayingManyLoginsIsDelayed() {
        for (int i = 0; i < 12; i++) {
            String login = "09000000" + String.format("%02d", i);
            status(401, () -> accounts.login(login, WRONG, "192.0.2.7"));
        }
        status(429, () -> accounts.login("0987654321", PASSWORD, "192.0.2.7"));
        assertNotNull(accounts.login("0987654321", PASSWORD, "192.0.2.8").token());
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedLogin() {
        Caller me = new Caller(accountId, null, "Lê Văn Phiên", 1L, List.of(new RoleGrant(Role.MEMBER, 1L)));
        for (int i = 0; i < 5; i++) {
            status(400, () -> accounts.changePassword(me, WRONG, "MatKhauMoi2025", "10.0.0.5"));
        }
        status(429, () -> accounts.changePassword(me, PASSWORD, "MatKhauMoi2025", "10.0.0.5"));
        status(429, () -> accounts.login(PHONE, PASSWORD, "10.0.0.5"));
    }

    @Test
    void anOverlongLoginOrPasswordIsRefusedWithoutWork() {
        status(401, () -> accounts.login("0".repeat(10_000), PASSWORD, "10.0.0.1"));
        status(401, () -> accounts.login(PHONE, "x".repeat(1_000_000), "10.0.0.1"));
    }

    private static ProblemException status(int expected, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(expected, e.status(), e.getMessage());
        return e;
    }
}
