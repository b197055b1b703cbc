package vn.sotay.demo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;

/**
 * The {@link DemoContributor} whiteboard: contributors wait until the demo province is there
 * ({@link #ready}), then run one at a time in {@link DemoContributor#order()} (ties by name), each
 * registration once; one arriving later runs at the next {@link #runWaiting()}. No OSGi, no threads:
 * {@link DemoLoader} calls it from the scheduler.
 */
final class DemoContributors {
    static final Comparator<DemoContributor> ORDER = Comparator.comparingInt(DemoContributor::order)
            .thenComparing(DemoContributor::name);
    private static final Logger LOG = LoggerFactory.getLogger(DemoContributors.class);

    private final List<DemoContributor> waiting = new ArrayList<>();
    private final Set<DemoContributor> done = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Object running = new Object();
    private volatile Supplier<DemoContext> context;

    /** A contributor registered; true when it should be run now (the province is ready). */
    synchronized boolean add(DemoContributor c) {
        if (!done.contains(c) && !waiting.contains(c)) {
            waiting.add(c);
        }
        return context != null;
    }

    /** Unregistered (its module stopped): registered again, it runs again and checks its own data. */
    synchronized void remove(DemoContributor c) {
        waiting.remove(c);
        done.remove(c);
    }

    /** The demo province exists: runs everything waiting now and from then on. */
    void ready(Supplier<DemoContext> demo) {
        context = demo;
        runWaiting();
    }

    boolean isReady() {
        return context != null;
    }

    /** Runs the waiting contributors in order; a failure is logged and the others still run. Returns how many ran. */
    int runWaiting() {
        int n = 0;
        synchronized (running) {
            Supplier<DemoContext> demo = context;
            DemoContributor next;
            while (demo != null && (next = take()) != null) {
                try {
                    LOG.info("Demo data (DỮ LIỆU MẪU): running contributor {}", next.name());
                    next.contribute(demo.get());
                    n++;
                } catch (RuntimeException e) {
                    LOG.error("Demo data (DỮ LIỆU MẪU): contributor {} failed", next.name(), e);
                }
            }
        }
        return n;
    }

    private synchronized DemoContributor take() {
        if (waiting.isEmpty()) {
            return null;
        }
        DemoContributor first = Collections.min(waiting, ORDER);
        waiting.remove(first);
        done.add(first);
        return first;
    }
}
