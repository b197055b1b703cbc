package vn.sotay.platform.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committer of {@code PersistenceUnit.writeTogether} for one unit: one daemon thread, started at
 * the first call, that runs the waiting calls in one transaction and commits once. A batch that fails
 * in any way answers {@link #SINGLY} to all its calls, which then run through {@code write}.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** The answer that sends a call back to its own thread, to run alone. */
    static final Object SINGLY = new Object();

    private final EntityManagerFactory emf;
    private final String name;
    private final long windowNanos;
    private final int max;
    private final LinkedBlockingQueue<Call> queue = new LinkedBlockingQueue<>();
    private Thread committer;
    private volatile boolean closed;
    /** Batches committed and calls in them (for tests and the log). */
    volatile long batches, calls;

    private record Call(Function<EntityManager, ?> work, CompletableFuture<Object> done) {
    }

    GroupCommit(EntityManagerFactory emf, String name, long windowMicros, int max) {
        this.emf = emf;
        this.name = name;
        this.windowNanos = TimeUnit.MICROSECONDS.toNanos(windowMicros);
        this.max = Math.max(1, max);
    }

    /** The result of {@code work} once committed with others, or {@link #SINGLY}. */
    Object submit(Function<EntityManager, ?> work) {
        if (closed) {
            return SINGLY;
        }
        Call c = new Call(work, new CompletableFuture<>());
        queue.add(c);
        start();
        try {
            return c.done().get();
        } catch (InterruptedException e) {
            // the committer may still commit it: an interrupted caller never learns, as with a lost answer
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the group commit", e);
        } catch (ExecutionException e) {
            return SINGLY;
        }
    }

    private synchronized void start() {
        if (committer == null && !closed) {
            committer = new Thread(this::loop, "sotay-group-commit-" + name);
            committer.setDaemon(true);
            committer.start();
        }
    }

    private void loop() {
        while (!closed) {
            List<Call> batch = new ArrayList<>();
            try {
                Call first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + windowNanos;
                while (batch.size() < max) {
                    queue.drainTo(batch, max - batch.size());
                    long left = until - System.nanoTime();
                    if (batch.size() >= max || left <= 0) {
                        break;
                    }
                    Call next = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                run(batch);
            } catch (InterruptedException e) {
                batch.forEach(c -> c.done().complete(SINGLY));
                break;
            } catch (Throwable t) {
                LOG.warn("Group commit of unit {} failed outside a batch", name, t);
                batch.forEach(c -> c.done().complete(SINGLY));
            }
        }
        for (Call c; (c = queue.poll()) != null;) {
            c.done().complete(SINGLY);
        }
    }

    private void run(List<Call> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        boolean committed = false;
        try {
            tx.begin();
            for (Call c : batch) {
                results.add(c.work().apply(em));
                em.flush();
            }
            tx.commit();
            committed = true;
        } catch (RuntimeException e) {
            LOG.debug("Group commit of {} calls in unit {} failed; each runs again alone", batch.size(), name, e);
        } finally {
            try {
                if (tx.isActive()) {
                    tx.rollback();
                }
            } catch (RuntimeException e) {
                LOG.debug("Rolling back a failed group commit in unit {}", name, e);
            }
            em.close();
        }
        if (committed) {
            batches++;
            calls += batch.size();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(committed ? results.get(i) : SINGLY);
        }
    }

    void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = committer;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Call c; (c = queue.poll()) != null;) {
            c.done().complete(SINGLY);
        }
    }
}
