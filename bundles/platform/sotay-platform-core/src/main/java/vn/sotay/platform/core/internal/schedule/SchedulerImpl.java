package vn.sotay.platform.core.internal.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.schedule.Cron;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;

/**
 * One instance per using bundle ({@link ServiceScope#BUNDLE}) over the shared {@link SchedulerPool}:
 * it remembers the jobs its bundle scheduled and cancels them when the bundle releases the service.
 */
@Component(service = Scheduler.class, scope = ServiceScope.BUNDLE)
public class SchedulerImpl implements Scheduler, SchedulerPool.Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerImpl.class);

    private final ScheduledExecutorService executor;
    private final Supplier<ZonedDateTime> clock;
    private final String owner;
    private final SchedulerPool pool;
    private final Set<Task> jobs = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    @Activate
    public SchedulerImpl(@Reference SchedulerPool pool, ComponentContext context) {
        this(pool, pool.executor(), () -> ZonedDateTime.now(ZONE), context.getUsingBundle() == null ? "?"
                : context.getUsingBundle().getSymbolicName());
    }

    /** For tests: the pool's executor, the real clock. */
    SchedulerImpl(SchedulerPool pool, String owner) {
        this(pool, pool.executor(), () -> ZonedDateTime.now(ZONE), owner);
    }

    SchedulerImpl(SchedulerPool pool, ScheduledExecutorService executor, Supplier<ZonedDateTime> clock, String owner) {
        this.executor = executor;
        this.clock = clock;
        this.owner = owner;
        this.pool = pool;
        pool.add(this);
    }

    /** The bundle released the service (it stopped): every job it scheduled stops. */
    @Deactivate
    void close() {
        closed = true;
        pool.remove(this);
        jobs.forEach(Task::cancel);
        jobs.clear();
    }

    @Override
    public Job every(String name, Duration initialDelay, Duration period, Runnable task) {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        Task t = register(new Task(name, task, null, "every " + period));
        t.future = executor.scheduleWithFixedDelay(t::run, millis(initialDelay), period.toMillis(), TimeUnit.MILLISECONDS);
        return t;
    }

    @Override
    public Job cron(String name, String expression, Runnable task) {
        Task t = register(new Task(name, task, Cron.parse(expression), "cron " + expression));
        t.scheduleNext();
        return t;
    }

    @Override
    public Job once(String name, Duration delay, Runnable task) {
        Task t = register(new Task(name, task, null, "once"));
        t.oneShot = true;
        t.future = executor.schedule(t::run, millis(delay), TimeUnit.MILLISECONDS);
        return t;
    }

    /** Jobs of this bundle not yet done (for tests and the log). */
    int active() {
        jobs.removeIf(Task::done);
        return jobs.size();
    }

    /** Adds {@code <bundle> <job> (<schedule>)} for each job not yet done. */
    @Override
    public void describe(List<String> out) {
        jobs.stream().filter(t -> !t.done()).forEach(t -> out.add(owner + " " + t.name + " (" + t.schedule + ")"));
    }

    private Task register(Task t) {
        if (closed) {
            throw new IllegalStateException("scheduler released by its bundle");
        }
        jobs.add(t);
        return t;
    }

    private static long millis(Duration d) {
        return d == null || d.isNegative() ? 0 : d.toMillis();
    }

    /** A job: runs its task guarded (a failure is logged, the schedule kept). */
    private final class Task implements Job {
        private final String name;
        private final Runnable task;
        private final Cron cron;
        private final String schedule;
        private volatile ScheduledFuture<?> future;
        private volatile boolean cancelled;
        private volatile boolean oneShot;
        private volatile boolean ran;

        Task(String name, Runnable task, Cron cron, String schedule) {
            this.name = Objects.requireNonNull(name, "name");
            this.task = Objects.requireNonNull(task, "task");
            this.cron = cron;
            this.schedule = schedule;
        }

        void run() {
            if (cancelled) {
                return;
            }
            try {
                task.run();
            } catch (Throwable e) { // a failing job keeps its schedule
                LOG.warn("Scheduled job {} failed; it keeps its schedule", name, e);
                if (e instanceof VirtualMachineError) {
                    throw (VirtualMachineError) e;
                }
            } finally {
                if (oneShot) {
                    ran = true;
                    jobs.remove(this);
                } else if (cron != null) {
                    scheduleNext();
                }
            }
        }

        void scheduleNext() {
            if (cancelled) {
                return;
            }
            ZonedDateTime now = clock.get();
            Optional<ZonedDateTime> next = cron.next(now);
            if (next.isEmpty()) {
                LOG.warn("Scheduled job {}: '{}' never fires again; stopped", name, cron);
                cancel();
                return;
            }
            try {
                future = executor.schedule(this::run, Math.max(0, Duration.between(now, next.get()).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                cancelled = true; // the pool is shutting down with the platform
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
            jobs.remove(this);
        }

        @Override
        public boolean done() {
            return cancelled || ran;
        }

        @Override
        public String toString() {
            return "Job[" + name + (cron == null ? "" : ", " + cron) + "]";
        }
    }
}
