package vn.sotay.platform.rest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.persistence.UnitSpec;

/**
 * The durable first answers of POSTs sent with an {@code Idempotency-Key} (unit
 * {@code platform-rest}, tables {@code REST_IDEMPOTENCY*}): one row per account and key for
 * {@link #TTL}. A row is RUNNING while its request runs in this JVM; a RUNNING row whose request is
 * no longer running here (a restart, a crash, an answer that could not be stored) or older than
 * {@link #ABANDONED} is taken over by the next repeat, which then runs again.
 */
@Component(service = IdempotencyStore.class)
public class IdempotencyStore {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyStore.class);
    static final String UNIT = "platform-rest";
    static final Duration TTL = Duration.ofHours(24);
    static final Duration ABANDONED = Duration.ofMinutes(10);
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** Answers up to this size are kept whole; a larger one is replayed with its status and headers only. */
    static final int MAX_BODY = 1 << 20;
    static final int PART = 8000;

    /** What {@link #begin} found. */
    enum Outcome { FRESH, REPLAY, MISMATCH, RUNNING }

    /** A stored answer. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    /** The request now owning a key (FRESH), the answer to replay (REPLAY), or neither. */
    record Begin(Outcome outcome, Pending pending, Answer answer) {
    }

    /** A key this JVM is running the request of. */
    record Pending(long accountId, String key, String owner) {
    }

    private final PersistenceUnit unit;
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextPurge = new AtomicLong();

    @Activate
    public IdempotencyStore(@Reference PersistenceService persistence) {
        this(persistence.open(new UnitSpec(UNIT, IdempotencyStore.class.getClassLoader(), List.of(),
                List.of("db/platform-rest/V1__idempotency.sql"))));
    }

    IdempotencyStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Claims {@code key} for a request with this fingerprint, or tells what it already holds. */
    Begin begin(long accountId, String key, String fingerprint, Instant now) {
        purgeIfDue(now);
        String owner = UUID.randomUUID().toString();
        live.add(owner);
        try {
            Begin b;
            try {
                b = unit.write(em -> claim(em, accountId, key, fingerprint, owner, now));
            } catch (PersistenceException raced) {
                // a concurrent first use of the key inserted its row first: read what it holds now
                b = unit.write(em -> claim(em, accountId, key, fingerprint, owner, now));
            }
            if (b.outcome() != Outcome.FRESH) {
                live.remove(owner);
            }
            return b;
        } catch (RuntimeException e) {
            live.remove(owner);
            throw e;
        }
    }

    private Begin claim(EntityManager em, long accountId, String key, String fingerprint, String owner, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT FINGERPRINT, STATE, OWNER, CREATED_AT, STATUS, CONTENT_TYPE, "
                + "LOCATION, BODY_ENCODING FROM REST_IDEMPOTENCY WHERE ACCOUNT_ID = ? AND IDEM_KEY = ?")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] r = rows.get(0);
            Instant created = Sql.instant(((Timestamp) r[3]).toLocalDateTime());
            boolean expired = !created.isAfter(now.minus(TTL));
            if (!expired && !fingerprint.equals(r[0])) {
                return new Begin(Outcome.MISMATCH, null, null);
            }
            boolean running = "RUNNING".equals(r[1]);
            boolean abandoned = running && (!live.contains((String) r[2]) || !created.isAfter(now.minus(ABANDONED)));
            if (!expired && running && !abandoned) {
                return new Begin(Outcome.RUNNING, null, null);
            }
            if (!expired && !running) {
                return new Begin(Outcome.REPLAY, null, new Answer(((Number) r[4]).intValue(), (String) r[5],
                        (String) r[6], body(em, accountId, key, (String) r[7])));
            }
            delete(em, accountId, key);
        }
        em.createNativeQuery("INSERT INTO REST_IDEMPOTENCY (ACCOUNT_ID, IDEM_KEY, FINGERPRINT, STATE, OWNER, CREATED_AT) "
                + "VALUES (?, ?, ?, 'RUNNING', ?, ?)").setParameter(1, accountId).setParameter(2, key)
                .setParameter(3, fingerprint).setParameter(4, owner).setParameter(5, Timestamp.valueOf(Sql.utc(now)))
                .executeUpdate();
        return new Begin(Outcome.FRESH, new Pending(accountId, key, owner), null);
    }

    private static byte[] body(EntityManager em, long accountId, String key, String encoding) {
        if (encoding == null || "none".equals(encoding)) {
            return new byte[0];
        }
        StringBuilder text = new StringBuilder();
        for (Object part : em.createNativeQuery("SELECT DATA FROM REST_IDEMPOTENCY_PART WHERE ACCOUNT_ID = ? "
                + "AND IDEM_KEY = ? ORDER BY PART_NO").setParameter(1, accountId).setParameter(2, key).getResultList()) {
            text.append((String) part);
        }
        return "base64".equals(encoding) ? Base64.getDecoder().decode(text.toString())
                : text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Stores the answer of a claimed key; a failure is logged (the answer still goes out). */
    void complete(Pending p, int status, String contentType, String location, byte[] body) {
        try {
            String text = body.length > MAX_BODY ? null : utf8(body);
            String encoding = body.length == 0 || body.length > MAX_BODY ? "none" : text != null ? "utf8" : "base64";
            String data = "base64".equals(encoding) ? Base64.getEncoder().encodeToString(body) : text;
            unit.write(em -> {
                em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY_PART WHERE ACCOUNT_ID = ? AND IDEM_KEY = ?")
                        .setParameter(1, p.accountId()).setParameter(2, p.key()).executeUpdate();
                int n = em.createNativeQuery("UPDATE REST_IDEMPOTENCY SET STATE = 'DONE', STATUS = ?, CONTENT_TYPE = ?, "
                        + "LOCATION = ?, BODY_ENCODING = ? WHERE ACCOUNT_ID = ? AND IDEM_KEY = ? AND OWNER = ?")
                        .setParameter(1, status).setParameter(2, cut(contentType, 255)).setParameter(3, cut(location, 2000))
                        .setParameter(4, encoding).setParameter(5, p.accountId()).setParameter(6, p.key())
                        .setParameter(7, p.owner()).executeUpdate();
                if (n == 1 && !"none".equals(encoding)) {
                    int no = 0;
                    for (int at = 0; at < data.length(); no++) {
                        int end = Math.min(data.length(), at + PART);
                        if (end < data.length() && Character.isHighSurrogate(data.charAt(end - 1))) {
                            end--; // never split a surrogate pair
                        }
                        em.createNativeQuery("INSERT INTO REST_IDEMPOTENCY_PART (ACCOUNT_ID, IDEM_KEY, PART_NO, DATA) "
                                + "VALUES (?, ?, ?, ?)").setParameter(1, p.accountId()).setParameter(2, p.key())
                                .setParameter(3, no).setParameter(4, data.substring(at, end)).executeUpdate();
                        at = end;
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("The answer to POST with Idempotency-Key of account {} could not be stored; a repeat runs again",
                    p.accountId(), e);
        } finally {
            live.remove(p.owner());
        }
    }

    /** Frees a claimed key whose request failed (5xx): a repeat runs the request again. */
    void release(Pending p) {
        try {
            unit.write(em -> em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY WHERE ACCOUNT_ID = ? AND IDEM_KEY = ? "
                    + "AND OWNER = ?").setParameter(1, p.accountId()).setParameter(2, p.key()).setParameter(3, p.owner())
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Could not free Idempotency-Key of account {} after a failed request", p.accountId(), e);
        } finally {
            live.remove(p.owner());
        }
    }

    /** Deletes keys older than {@link #TTL}; returns how many. */
    int purge(Instant now) {
        Timestamp before = Timestamp.valueOf(Sql.utc(now.minus(TTL)));
        return unit.write(em -> {
            em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY_PART WHERE EXISTS (SELECT 1 FROM REST_IDEMPOTENCY i "
                    + "WHERE i.ACCOUNT_ID = REST_IDEMPOTENCY_PART.ACCOUNT_ID AND i.IDEM_KEY = REST_IDEMPOTENCY_PART.IDEM_KEY "
                    + "AND i.CREATED_AT < ?)").setParameter(1, before).executeUpdate();
            return em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY WHERE CREATED_AT < ?").setParameter(1, before)
                    .executeUpdate();
        });
    }

    private void purgeIfDue(Instant now) {
        long due = nextPurge.get();
        if (now.toEpochMilli() < due || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY).toEpochMilli())) {
            return;
        }
        try {
            int n = purge(now);
            if (n > 0) {
                LOG.info("Purged {} Idempotency-Key answer(s) older than {} h", n, TTL.toHours());
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging old Idempotency-Key answers failed; tried again in {} min", PURGE_EVERY.toMinutes(), e);
        }
    }

    private static void delete(EntityManager em, long accountId, String key) {
        em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY_PART WHERE ACCOUNT_ID = ? AND IDEM_KEY = ?")
                .setParameter(1, accountId).setParameter(2, key).executeUpdate();
        em.createNativeQuery("DELETE FROM REST_IDEMPOTENCY WHERE ACCOUNT_ID = ? AND IDEM_KEY = ?")
                .setParameter(1, accountId).setParameter(2, key).executeUpdate();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
