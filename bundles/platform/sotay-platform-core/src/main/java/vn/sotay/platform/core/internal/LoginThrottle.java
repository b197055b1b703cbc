package vn.sotay.platform.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts counted per key (an account at a client address, a client address) with
 * progressive delays instead of a hard lock: the first {@code free} failures in a row cost nothing,
 * then each failure blocks the key for {@link #delay} (doubling, capped). While blocked, attempts
 * are refused without being counted. Memory is bounded: at most {@code maxKeys} keys (least
 * recently used dropped first), and keys quiet for {@link #FORGET} are dropped. Thread-safe.
 */
final class LoginThrottle {
    /** A key without a failure for this long starts again from zero. */
    static final Duration FORGET = Duration.ofHours(1);

    private record Entry(int failures, Instant blockedUntil, Instant last) {
    }

    private final int free;
    private final Duration first;
    private final Duration max;
    private final int maxKeys;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private Instant purged = Instant.EPOCH;

    LoginThrottle(int free, Duration first, Duration max, int maxKeys) {
        this.free = free;
        this.first = first;
        this.max = max;
        this.maxKeys = maxKeys;
    }

    /**
     * How long the {@code failures}-th failure in a row blocks when {@code free} are free: nothing
     * before, then {@code first}, doubling with each further failure, never more than {@code max}.
     */
    static Duration delay(int failures, int free, Duration first, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** The instant {@code key} is free again, or {@code null} when it is not blocked at {@code now}. */
    synchronized Instant blockedUntil(String key, Instant now) {
        Entry e = entries.get(key);
        return e != null && e.blockedUntil() != null && e.blockedUntil().isAfter(now) ? e.blockedUntil() : null;
    }

    /** Counts a failure of {@code key}; returns the instant it is blocked until, or {@code null}. */
    synchronized Instant fail(String key, Instant now) {
        purge(now);
        Entry e = entries.get(key);
        int failures = (e == null || e.last().plus(FORGET).isBefore(now) ? 0 : e.failures()) + 1;
        Duration d = delay(failures, free, first, max);
        Instant until = d.isZero() ? null : now.plus(d);
        entries.put(key, new Entry(failures, until, now));
        return until;
    }

    /** A success: the key starts again from zero. */
    synchronized void succeed(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Drops keys quiet for {@link #FORGET} (at most once a minute) and the least recently used beyond the bound. */
    private void purge(Instant now) {
        if (Duration.between(purged, now).toMinutes() >= 1) {
            purged = now;
            entries.values().removeIf(e -> e.last().plus(FORGET).isBefore(now)
                    && (e.blockedUntil() == null || e.blockedUntil().isBefore(now)));
        }
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); entries.size() >= maxKeys;) {
            it.next();
            it.remove();
        }
    }
}
