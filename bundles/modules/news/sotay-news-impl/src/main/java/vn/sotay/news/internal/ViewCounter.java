package vn.sotay.news.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.persistence.PersistenceException;

import org.slf4j.LoggerFactory;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;

/**
 * Article views, counted in memory and written every {@link #FLUSH} in one transaction by a job on
 * the platform scheduler (and when the module stops): a read must not cost a write on the meeting
 * days. A crash loses at most those seconds of view counts, never an acknowledged change. A flush is
 * one JDBC batch of one prepared statement (Derby compiles it once, not once per article), the rows
 * taken in id order so that two flushes can never deadlock.
 */
final class ViewCounter {
    static final Duration FLUSH = Duration.ofSeconds(5);

    /** One statement for every article of a flush (NEWS_ARTICLE, V1__init.sql); a missing row updates nothing. */
    static final String UPDATE = "UPDATE NEWS_ARTICLE SET VIEWS = VIEWS + ? WHERE ID = ?";

    private final PersistenceUnit unit;
    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final java.util.function.Consumer<java.util.Set<Long>> flushed;
    private Job job;

    ViewCounter(PersistenceUnit unit) {
        this(unit, ids -> { });
    }

    /** {@code flushed}: told of the articles whose stored counts a flush raised (copies of their rows are stale). */
    ViewCounter(PersistenceUnit unit, java.util.function.Consumer<java.util.Set<Long>> flushed) {
        this.unit = unit;
        this.flushed = flushed;
    }

    /** Starts the periodic flush ({@code news.views}). */
    void start(Scheduler scheduler) {
        job = scheduler.every("news.views", FLUSH, this::flush);
    }

    /** Stops the job and writes what is counted. */
    void stop() {
        if (job != null) {
            job.cancel();
        }
        try {
            flush();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ViewCounter.class).warn("View counts lost at stop: {}", e.toString());
        }
    }

    void count(long articleId) {
        pending.computeIfAbsent(articleId, k -> new LongAdder()).increment();
    }

    /** Views counted since the last flush. */
    long pending(long articleId) {
        LongAdder n = pending.get(articleId);
        return n == null ? 0 : n.sum();
    }

    /** Writes the counted views; on failure they are counted again at the next flush. */
    synchronized void flush() {
        Map<Long, Long> batch = new TreeMap<>();
        pending.forEach((id, n) -> {
            long v = n.sumThenReset();
            if (v > 0) {
                batch.put(id, v);
            }
        });
        if (batch.isEmpty()) {
            return;
        }
        try {
            unit.write(em -> {
                try (PreparedStatement st = em.unwrap(Connection.class).prepareStatement(UPDATE)) {
                    for (Map.Entry<Long, Long> e : batch.entrySet()) {
                        st.setLong(1, e.getValue());
                        st.setLong(2, e.getKey());
                        st.addBatch();
                    }
                    st.executeBatch();
                } catch (SQLException e) {
                    throw new PersistenceException(e);
                }
                return null;
            });
        } catch (RuntimeException e) {
            batch.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
            throw e;
        }
        flushed.accept(batch.keySet());
    }
}
