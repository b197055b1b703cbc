package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.platform.rest.internal.IdempotencyStore.Begin;
import vn.sotay.platform.rest.internal.IdempotencyStore.Outcome;
import vn.sotay.testing.DerbyUnit;

/** The stored first answers of Idempotency-Key requests, on Derby with the real migration. */
class IdempotencyStoreTest {
    static final Instant T = Instant.parse("2026-12-01T08:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    private static DerbyUnit unit(String db) {
        return new DerbyUnit(db, new UnitSpec(IdempotencyStore.UNIT, IdempotencyStore.class.getClassLoader(), List.of(),
                List.of("db/platform-rest/V1__idempotency.sql")));
    }

    private static IdempotencyStore store(String db) {
        return new IdempotencyStore(unit(db));
    }

    @Test
    void theFirstAnswerIsReplayedForTheSameRequestAndRefusedForAnother() {
        IdempotencyStore s = store("idemReplay");
        Begin first = s.begin(7, "k1", "fp-a", T);
        assertEquals(Outcome.FRESH, first.outcome());
        assertEquals(Outcome.RUNNING, s.begin(7, "k1", "fp-a", T.plusSeconds(1)).outcome(), "a repeat while it runs");
        byte[] body = "{\"id\":42,\"title\":\"Thông báo họp chi bộ\"}".getBytes(StandardCharsets.UTF_8);
        s.complete(first.pending(), 201, "application/json", "http://h/api/notices/42", body);
        Begin again = s.begin(7, "k1", "fp-a", T.plusSeconds(2));
        assertEquals(Outcome.REPLAY, again.outcome());
        assertEquals(201, again.answer().status());
        assertEquals("http://h/api/notices/42", again.answer().location());
        assertEquals("application/json", again.answer().contentType());
        assertArrayEquals(body, again.answer().body());
        assertEquals(Outcome.MISMATCH, s.begin(7, "k1", "fp-b", T.plusSeconds(3)).outcome(), "same key, other request");
        assertEquals(Outcome.FRESH, s.begin(8, "k1", "fp-b", T.plusSeconds(3)).outcome(), "keys are per account");
    }

    @Test
    void longAndBinaryAnswersComeBackByteForByte() {
        IdempotencyStore s = store("idemLong");
        byte[] text = ("{\"body\":\"" + "Nghị quyết 😀 ".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Begin a = s.begin(1, "long", "fp", T);
        s.complete(a.pending(), 200, "application/json", null, text);
        assertArrayEquals(text, s.begin(1, "long", "fp", T).answer().body(), "split over parts, surrogates intact");
        byte[] binary = new byte[20_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Begin b = s.begin(1, "bin", "fp", T);
        s.complete(b.pending(), 200, "image/png", null, binary);
        assertArrayEquals(binary, s.begin(1, "bin", "fp", T).answer().body());
        Begin c = s.begin(1, "empty", "fp", T);
        s.complete(c.pending(), 204, null, null, new byte[0]);
        assertEquals(204, s.begin(1, "empty", "fp", T).answer().status());
    }

    @Test
    void aFailedRequestFreesItsKeyAndAnAbandonedOneIsTakenOver() {
        DerbyUnit db = unit("idemRelease");
        IdempotencyStore s = new IdempotencyStore(db);
        Begin a = s.begin(3, "k", "fp", T);
        s.release(a.pending());
        assertEquals(Outcome.FRESH, s.begin(3, "k", "fp", T).outcome(), "a 5xx does not keep the key");
        s.begin(3, "k2", "fp", T); // running in s
        IdempotencyStore afterRestart = new IdempotencyStore(db); // another JVM on the same table
        assertEquals(Outcome.FRESH, afterRestart.begin(3, "k2", "fp", T.plusSeconds(5)).outcome(),
                "a request that ran in a JVM that is gone no longer holds its key");
        assertEquals(Outcome.FRESH, afterRestart.begin(3, "k", "fp", T.plusSeconds(5)).outcome(),
                "taken over again");
        s.begin(3, "k3", "fp", T);
        assertEquals(Outcome.RUNNING, s.begin(3, "k3", "fp", T.plusSeconds(1)).outcome());
        assertEquals(Outcome.FRESH, s.begin(3, "k3", "fp", T.plus(IdempotencyStore.ABANDONED).plusSeconds(1)).outcome(),
                "nor does one that has run longer than " + IdempotencyStore.ABANDONED);
    }

    @Test
    void keysExpireAfterADayAndArePurged() {
        IdempotencyStore s = store("idemPurge");
        Begin a = s.begin(5, "old", "fp", T);
        s.complete(a.pending(), 201, "application/json", null, "{}".getBytes(StandardCharsets.UTF_8));
        Instant later = T.plus(Duration.ofHours(24)).plusSeconds(1);
        assertEquals(Outcome.FRESH, s.begin(5, "old", "other", later).outcome(), "a day later the key is free again");
        Begin b = s.begin(5, "gone", "fp", T);
        s.complete(b.pending(), 201, "application/json", null, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, s.purge(later), "only the day-old entry");
        assertEquals(Outcome.FRESH, s.begin(5, "gone", "fp2", later).outcome());
    }

    @Test
    void keysAndFingerprints() {
        assertTrue(Idempotency.valid("3f2c-11ef-9a4b"));
        assertTrue(Idempotency.valid("x".repeat(128)));
        assertFalse(Idempotency.valid("x".repeat(129)));
        assertFalse(Idempotency.valid(""));
        assertFalse(Idempotency.valid("   "));
        assertFalse(Idempotency.valid("khóa"), "printable ASCII only");
        assertFalse(Idempotency.valid("a\tb"));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String fp = Idempotency.fingerprint("POST", "/api/notices", body);
        assertEquals(fp, Idempotency.fingerprint("POST", "/api/notices", body.clone()));
        assertNotEquals(fp, Idempotency.fingerprint("POST", "/api/notices?x=1", body));
        assertNotEquals(fp, Idempotency.fingerprint("POST", "/api/notices", "{ }".getBytes(StandardCharsets.UTF_8)));
        assertEquals(64, fp.length());
    }
}
