package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;

class HashingPoolTest {

    @Test
    void aFullPoolAndQueueRefuseWith429AndRetryAfterAndRecoverWhenTheBurstPasses() throws Exception {
        HashingPool pool = new HashingPool(1, 1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pool.run(() -> {
            running.countDown();
            await(release);
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run(() -> "queued"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.waiting() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        ProblemException refused = assertThrows(ProblemException.class, () -> pool.run(() -> "third"));
        assertEquals(429, refused.status());
        assertEquals(HashingPool.RETRY_AFTER_SECONDS, ((ProblemException.TooManyAttempts) refused).retryAfterSeconds());
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("queued", queued.get(5, TimeUnit.SECONDS));
        assertEquals("again", pool.run(() -> "again"));
        pool.close();
    }

    @Test
    void aFailureInsideTheWorkReachesTheCallerUnchanged() {
        HashingPool pool = new HashingPool(1, 4);
        ProblemException e = assertThrows(ProblemException.class, () -> pool.run(() -> {
            throw ProblemException.invalid("password", "x");
        }));
        assertEquals(400, e.status());
        pool.close();
    }

    @Test
    void aThreadHashesAtMostItsShareOfTheTimeAndAnswersEachLoginAtOnce() {
        HashingPool pool = new HashingPool(1, 8, 50);
        long t0 = System.nanoTime();
        long[] ends = new long[4];
        for (int i = 0; i < ends.length; i++) {
            pool.run(() -> busy(100));
            ends[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        // each 100 ms hash is answered as soon as it is done, and the next starts only after 100 ms of rest
        assertTrue(ends[0] < 190, "first answered after " + ends[0] + " ms");
        assertTrue(ends[3] >= 690, "four hashes at a share of 50% took " + ends[3] + " ms");
        pool.close();
    }

    private static String busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x++;
        }
        return String.valueOf(x);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
