package vn.sotay.platform.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;

class SchedulerImplTest {
    private final SchedulerPool pool = new SchedulerPool(2);

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aPeriodicJobRunsOnTheNamedPoolAndAFailureKeepsItsSchedule() throws Exception {
        SchedulerImpl s = new SchedulerImpl(pool, "test");
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch three = new CountDownLatch(3);
        s.every("test.failing", Duration.ZERO, Duration.ofMillis(20), () -> {
            thread.set(Thread.currentThread().getName());
            runs.incrementAndGet();
            three.countDown();
            throw new IllegalStateException("boom");
        });
        assertTrue(three.await(5, TimeUnit.SECONDS), "ran again after failing: " + runs.get());
        assertTrue(thread.get().startsWith("sotay-scheduler-"), thread.get());
    }

    @Test
    void stoppingTheBundleCancelsEveryJobItScheduledAndNoOtherBundles() throws Exception {
        SchedulerImpl module = new SchedulerImpl(pool, "sotay-news-impl");
        SchedulerImpl other = new SchedulerImpl(pool, "sotay-documents-impl");
        AtomicInteger moduleRuns = new AtomicInteger();
        CountDownLatch otherRuns = new CountDownLatch(5);
        module.every("module.tick", Duration.ZERO, Duration.ofMillis(10), moduleRuns::incrementAndGet);
        Job later = module.once("module.later", Duration.ofMillis(300), moduleRuns::incrementAndGet);
        module.cron("module.nightly", "0 2 * * *", moduleRuns::incrementAndGet);
        other.every("other.tick", Duration.ZERO, Duration.ofMillis(10), otherRuns::countDown);
        assertEquals(3, module.active());
        assertEquals(java.util.List.of("sotay-documents-impl other.tick (every PT0.01S)",
                "sotay-news-impl module.later (once)", "sotay-news-impl module.nightly (cron 0 2 * * *)",
                "sotay-news-impl module.tick (every PT0.01S)"), pool.jobs(), "sotay:jobs");
        Thread.sleep(50);
        module.close(); // what DS does when the bundle releases its instance
        assertEquals(java.util.List.of("sotay-documents-impl other.tick (every PT0.01S)"), pool.jobs());
        int after = moduleRuns.get();
        assertTrue(later.done());
        assertEquals(0, module.active());
        Thread.sleep(400);
        assertTrue(moduleRuns.get() <= after + 1, "at most a run in progress finishes");
        assertTrue(otherRuns.await(5, TimeUnit.SECONDS), "the other bundle's job keeps running");
        assertThrows(IllegalStateException.class, () -> module.once("late", Duration.ZERO, () -> { }));
    }

    @Test
    void aOneShotJobRunsOnceAndACancelledJobNever() throws Exception {
        SchedulerImpl s = new SchedulerImpl(pool, "test");
        CountDownLatch ran = new CountDownLatch(1);
        AtomicInteger never = new AtomicInteger();
        Job once = s.once("test.once", Duration.ZERO, ran::countDown);
        Job cancelled = s.once("test.cancelled", Duration.ofMillis(100), never::incrementAndGet);
        cancelled.cancel();
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertEquals(0, never.get());
        assertTrue(cancelled.done());
        for (int i = 0; i < 50 && !once.done(); i++) {
            Thread.sleep(10);
        }
        assertTrue(once.done());
        assertEquals("test.once", once.name());
    }

    @Test
    void aCronJobIsScheduledAtItsNextTimeInVietnam() throws Exception {
        ZonedDateTime now = LocalDateTime.parse("2026-12-03T01:59:59.900").atZone(Scheduler.ZONE);
        SchedulerImpl s = new SchedulerImpl(pool, pool.executor(), () -> now, "test");
        CountDownLatch ran = new CountDownLatch(1);
        Job j = s.cron("test.cron", "0 2 * * *", ran::countDown);
        assertTrue(ran.await(5, TimeUnit.SECONDS), "02:00 is 100 ms away on this clock");
        assertFalse(j.done(), "rescheduled for the next night");
        j.cancel();
        assertThrows(IllegalArgumentException.class, () -> s.cron("bad", "0 25 * * *", () -> { }));
        assertThrows(IllegalArgumentException.class, () -> s.every("bad", Duration.ZERO, () -> { }));
    }
}
