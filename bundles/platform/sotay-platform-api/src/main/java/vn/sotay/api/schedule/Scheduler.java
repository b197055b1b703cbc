package vn.sotay.api.schedule;

import java.time.Duration;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's scheduler: every periodic, timed or background task of the platform and of the
 * modules runs here, on one small pool of named threads ({@code sotay-scheduler-<n>}), instead of
 * threads and executors each bundle would start and forget to stop.
 *
 * <p><b>Bundle scope.</b> The service is registered with {@code ServiceScope.BUNDLE}: each bundle
 * gets its own instance, and when the bundle releases it (the bundle stops, the module is
 * uninstalled or updated) every job that bundle scheduled is cancelled. A component that stops
 * while its bundle keeps running (its configuration changed) cancels its own jobs with
 * {@link Job#cancel()} in its {@code @Deactivate} method.
 *
 * <p><b>Failures.</b> A job that throws is logged ({@code Scheduled job <name> failed}) and keeps its
 * schedule: a periodic job runs again at its next time. A job never runs twice at once: the next
 * run of a periodic job is counted from the end of the previous one (fixed delay), a cron job's
 * next time is computed after its run ends.
 *
 * <p><b>Threads.</b> The pool is small (two threads): jobs must be short (a batch write, a sweep of
 * a few hundred rows), never block waiting for another job, and keep their own bounded batches.
 * Jobs run with no caller: act as {@link vn.sotay.api.Caller#SYSTEM} where a caller is needed.
 *
 * <pre>{@code
 * @Activate
 * public ViewCounter(@Reference Scheduler scheduler) {
 *     job = scheduler.every("news.views", Duration.ofSeconds(5), this::flush);
 * }
 * @Deactivate
 * void stop() { job.cancel(); flush(); }
 * }</pre>
 */
@ProviderType
public interface Scheduler {

    /** The time zone of cron expressions: Vietnam, no daylight saving. */
    ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Runs {@code task} every {@code period}, the first time one period from now; each next run
     * starts {@code period} after the previous one ended.
     *
     * @param name a short dotted name, prefixed with the module id ({@code documents.downloads})
     * @throws IllegalArgumentException when {@code period} is not positive
     */
    default Job every(String name, Duration period, Runnable task) {
        return every(name, period, period, task);
    }

    /** As {@link #every(String, Duration, Runnable)}, the first run after {@code initialDelay} (zero: at once). */
    Job every(String name, Duration initialDelay, Duration period, Runnable task);

    /**
     * Runs {@code task} at the times of a cron expression in {@link #ZONE}: five fields
     * {@code minute hour day-of-month month day-of-week} ({@code "0 2 * * *"}: 02:00 every night);
     * see {@link Cron} for the syntax.
     *
     * @throws IllegalArgumentException when the expression does not parse (the message names the field)
     */
    Job cron(String name, String expression, Runnable task);

    /** Runs {@code task} once after {@code delay} (zero: as soon as a thread is free). */
    Job once(String name, Duration delay, Runnable task);
}
