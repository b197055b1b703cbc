package vn.sotay.platform.core.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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

    HashingPool(int threads, int queue) {
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
        Future<T> f;
        try {
            f = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw ProblemException.tooMany("Máy chủ đang xử lý nhiều lượt đăng nhập cùng lúc; vui lòng thử lại sau vài giây.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new IllegalStateException("interrupted while hashing a password", e);
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
