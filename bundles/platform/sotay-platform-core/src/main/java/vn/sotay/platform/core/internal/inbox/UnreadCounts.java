package vn.sotay.platform.core.internal.inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Cached unread counters per member. A counter is computed once (two counts over the member's
 * channels above their watermark) and then only topped up with the messages sent since it was last
 * brought up to date (two index ranges of a few rows), so {@code GET /api/inbox/unread} never scans
 * a member's history twice. At most {@value #MAX} members are cached; beyond that the cache is cleared.
 */
final class UnreadCounts {
    static final int MAX = 200_000;

    private final InboxStore store;
    private final LongSupplier latest;
    private final Map<Long, Counter> counters = new ConcurrentHashMap<>();

    /** {@code latest}: the id of the newest message sent. */
    UnreadCounts(InboxStore store, LongSupplier latest) {
        this.store = store;
        this.latest = latest;
    }

    private static final class Counter {
        final List<Long> channels;
        long count;
        long upto;

        Counter(List<Long> channels) {
            this.channels = channels;
        }
    }

    long unread(long memberId, List<Long> channels) {
        Counter c = counter(memberId, channels);
        synchronized (c) {
            long now = latest.getAsLong();
            if (c.upto < now) {
                c.count += store.countDelivered(channels, c.upto, now) - store.countRead(memberId, c.upto, now);
                c.upto = now;
            }
            return Math.max(0, c.count);
        }
    }

    /** Message {@code id} was just marked read by the member (it was unread). */
    void read(long memberId, long id) {
        Counter c = counters.get(memberId);
        if (c != null) {
            synchronized (c) {
                if (id <= c.upto) {
                    c.count--;
                }
            }
        }
    }

    /** Everything up to {@code upto} is read. */
    void allRead(long memberId, long upto) {
        counters.remove(memberId);
    }

    private Counter counter(long memberId, List<Long> channels) {
        Counter c = counters.get(memberId);
        if (c != null && c.channels.equals(channels)) {
            return c;
        }
        if (counters.size() >= MAX) {
            counters.clear();
        }
        Counter fresh = new Counter(List.copyOf(channels));
        synchronized (fresh) {
            long w = store.watermark(memberId);
            long now = latest.getAsLong();
            fresh.count = w >= now ? 0 : store.countDelivered(channels, w, now) - store.countRead(memberId, w, now);
            fresh.upto = Math.max(w, now);
        }
        counters.put(memberId, fresh);
        return fresh;
    }
}
