package vn.sotay.platform.core.internal.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The platform's one pool of scheduler threads, shared by every bundle's {@link SchedulerImpl}, and
 * the list of those instances ({@code sotay:jobs}) seen only as {@link Jobs} (no reference back).
 */
@Component(service = SchedulerPool.class)
public class SchedulerPool {
    static final int THREADS = 2;

    /** One bundle's scheduler as the pool lists it. */
    interface Jobs {
        /** Appends every job not yet done, as {@code <bundle> <job>}. */
        void describe(List<String> out);
    }

    private final ScheduledThreadPoolExecutor executor;
    private final Set<Jobs> schedulers = ConcurrentHashMap.newKeySet();

    public SchedulerPool() {
        this(THREADS);
    }

    SchedulerPool(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(r, "sotay-scheduler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = new ScheduledThreadPoolExecutor(threads, f);
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    ScheduledThreadPoolExecutor executor() {
        return executor;
    }

    void add(Jobs s) {
        schedulers.add(s);
    }

    void remove(Jobs s) {
        schedulers.remove(s);
    }

    /** Every job not yet done, as {@code <bundle> <job>}, sorted. */
    public List<String> jobs() {
        List<String> out = new ArrayList<>();
        schedulers.forEach(s -> s.describe(out));
        out.sort(null);
        return out;
    }

    @Deactivate
    void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
