package vn.sotay.platform.core.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import vn.sotay.api.ProblemException;

/**
 * Password hashing (about 0.3 s of CPU each, by design) on a bounded pool of its own, so that a burst
 * of logins slows logins and never the request threads serving reads, check-ins and votes: at most
 * {@code threads} hashes run at once, at most {@code queue} wait; beyond that the login is refused
 * with 429 and {@code Retry-After} (configuration {@code vn.sotay.accounts} {@code hashThreads},
 * {@code hashQueue}; docs/configuration.md).
 */
final class HashingPool {
    static final long RETRY_AFTER_SECONDS = 2;
    private final ThreadPoolExecutor pool;
    private final int share;

    HashingPool(int threads, int queue) {
        this(threads, queue, 100);
    }

    /**
     * {@code share}: the percentage of its time a hashing thread may hash (1–100). After a hash that
     * took {@code d}, the thread rests {@code d × (100 − share) / share} before the next one (the
     * login that was hashed is answered at once): with one thread on two cores and a share of 50,
     * logins take at most a quarter of the machine, however many arrive.
     */
    HashingPool(int threads, int queue, int share) {
        this.share = Math.max(1, Math.min(100, share));
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
            Thread t = new Thread(r, "sotay-password-hashing-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Threads when configured as 0: half the processors, at least one. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Runs {@code work} on the pool and waits for it; 429 when the pool and its queue are full. */
    <T> T run(Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    done.complete(work.get());
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                } finally {
                    rest(System.nanoTime() - t0);
                }
            });
        } catch (RejectedExecutionException e) {
            throw ProblemException.tooMany("Máy chủ đang xử lý nhiều lượt đăng nhập cùng lúc; vui lòng thử lại sau vài giây.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        }
    }

    /** The rest after a hash of {@code nanos} that keeps the thread within its share (at most 2 s). */
    private void rest(long nanos) {
        long pause = Math.min(2_000_000_000L, nanos * (100 - share) / share);
        if (pause > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hashes waiting for a thread. */
    int waiting() {
        return pool.getQueue().size();
    }

    void close() {
        pool.shutdownNow();
    }
}
