package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Progressive delays and bounded memory of the login throttle, on a fixed clock. */
class LoginThrottleTest {
    static final Duration MINUTE = Duration.ofMinutes(1), CAP = Duration.ofMinutes(15);
    final Instant t0 = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void theDelayDoublesAfterTheFreeFailuresUpToTheCap() {
        assertEquals(Duration.ZERO, LoginThrottle.delay(4, 5, MINUTE, CAP));
        assertEquals(MINUTE, LoginThrottle.delay(5, 5, MINUTE, CAP));
        assertEquals(Duration.ofMinutes(2), LoginThrottle.delay(6, 5, MINUTE, CAP));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.delay(8, 5, MINUTE, CAP));
        assertEquals(CAP, LoginThrottle.delay(9, 5, MINUTE, CAP));
        assertEquals(CAP, LoginThrottle.delay(1_000_000, 5, MINUTE, CAP), "no overflow however many failures");
    }

    @Test
    void aKeyIsBlockedOnlyForItsDelayAndASuccessClearsIt() {
        LoginThrottle t = new LoginThrottle(3, MINUTE, CAP, 100);
        assertNull(t.fail("k", t0));
        assertNull(t.fail("k", t0));
        Instant until = t.fail("k", t0);
        assertEquals(t0.plus(MINUTE), until);
        assertEquals(until, t.blockedUntil("k", t0.plusSeconds(30)));
        assertNull(t.blockedUntil("k", t0.plusSeconds(61)), "free again after the delay: never locked for ever");
        assertNull(t.blockedUntil("other", t0), "other keys are not affected");
        assertEquals(t0.plusSeconds(61).plus(Duration.ofMinutes(2)), t.fail("k", t0.plusSeconds(61)), "the next one doubles");
        t.succeed("k");
        assertNull(t.blockedUntil("k", t0.plusSeconds(62)));
        assertNull(t.fail("k", t0.plusSeconds(62)), "counting starts again after a success");
    }

    @Test
    void quietKeysAreForgottenAndMemoryIsBounded() {
        LoginThrottle t = new LoginThrottle(2, MINUTE, CAP, 3);
        t.fail("a", t0);
        assertNull(t.fail("a", t0.plus(LoginThrottle.FORGET).plusSeconds(1)), "an hour later the count restarts");
        for (int i = 0; i < 1_000; i++) {
            t.fail("addr-" + i, t0.plusSeconds(i));
        }
        assertTrue(t.size() <= 3, "at most maxKeys entries: " + t.size());
        t.fail("late", t0.plus(Duration.ofHours(3)));
        assertEquals(1, t.size(), "keys quiet for an hour are purged");
        assertNotNull(t.fail("late", t0.plus(Duration.ofHours(3))));
    }
}
