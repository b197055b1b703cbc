package vn.sotay.platform.core.internal.change;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.spi.change.ChangeListener;

/**
 * The change channel of one JVM: one dispatcher thread delivers every event, in publication order,
 * to the listeners whose {@code sotay.change.module}/{@code sotay.change.type} properties match.
 * The queue is bounded ({@link #CAPACITY}): a publisher that outruns the listeners waits.
 *
 * <p>Listeners are tracked with a {@link ServiceTracker} that reads only their properties; the
 * listener object is taken on the dispatcher thread at its first delivery. A DS reference would
 * activate every listener while this component activates, and listeners that publish (a module's
 * store evicting its own cache) need this component: a circular activation SCR refuses.
 */
@Component(service = ChangeBus.class)
public class ChangeBusImpl implements ChangeBus {
    static final int CAPACITY = 100_000;
    static final String THREAD = "sotay-changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBusImpl.class);

    /** A listener with its filters (empty: any), the object got when first needed. */
    record Registration(Supplier<ChangeListener> listener, Set<String> modules, Set<String> types) {
        boolean wants(ChangeEvent e) {
            return (modules.isEmpty() || modules.contains(e.module())) && (types.isEmpty() || types.contains(e.type()));
        }
    }

    private final Map<Object, Registration> listeners = new ConcurrentHashMap<>();
    private ServiceTracker<ChangeListener, Object> tracker;
    private final ExecutorService dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(CAPACITY), r -> {
                Thread t = new Thread(r, THREAD);
                t.setDaemon(true);
                return t;
            }, (r, pool) -> {
                if (pool.isShutdown()) {
                    throw new RejectedExecutionException("change channel closed");
                }
                try {
                    pool.getQueue().put(r); // back-pressure instead of losing an event
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RejectedExecutionException("interrupted while the change queue was full", e);
                }
            });

    @Activate
    void activate(BundleContext context) {
        tracker = new ServiceTracker<>(context, ChangeListener.class, null) {
            @Override
            public Object addingService(ServiceReference<ChangeListener> ref) {
                ChangeListener[] got = new ChangeListener[1];
                listeners.put(ref, new Registration(() -> {
                    if (got[0] == null) {
                        got[0] = context.getService(ref); // on the dispatcher thread only
                    }
                    return got[0];
                }, strings(ref.getProperty(ChangeListener.MODULE)), strings(ref.getProperty(ChangeListener.TYPE))));
                return ref;
            }

            @Override
            public void removedService(ServiceReference<ChangeListener> ref, Object service) {
                listeners.remove(ref);
                context.ungetService(ref);
            }
        };
        tracker.open();
    }

    /** A listener object with its properties (tests). */
    void addListener(ChangeListener listener, Map<String, Object> props) {
        listeners.put(listener, new Registration(() -> listener, strings(props.get(ChangeListener.MODULE)),
                strings(props.get(ChangeListener.TYPE))));
    }

    void removeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    @Override
    public CompletionStage<Void> publish(ChangeEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            dispatcher.execute(() -> {
                try {
                    deliver(event);
                } finally {
                    done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Change {} not delivered: {}", event, e.getMessage());
            done.complete(null);
        }
        return done;
    }

    @Override
    public boolean publishAndWait(ChangeEvent event, Duration max) {
        CompletionStage<Void> done = publish(event);
        if (Thread.currentThread().getName().equals(THREAD)) {
            return false; // a listener publishing: waiting would wait for itself
        }
        try {
            done.toCompletableFuture().get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            LOG.warn("Change {} not handled within {} ms; delivered later", event, max.toMillis());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true; // delivery never completes exceptionally; failures are logged per listener
        }
    }

    /** Calls every matching listener; one that throws is logged, the others still run. */
    void deliver(ChangeEvent event) {
        for (Registration r : listeners.values()) {
            if (r.wants(event)) {
                ChangeListener l = null;
                try {
                    l = r.listener().get();
                    if (l != null) { // null: the listener's component could not activate (logged by SCR)
                        l.changed(event);
                    }
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("Change listener {} failed on {}", l, event, e);
                }
            }
        }
    }

    @Deactivate
    void close() {
        if (tracker != null) {
            tracker.close();
        }
        dispatcher.shutdown();
        try {
            if (!dispatcher.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Change channel closed with events not delivered");
                dispatcher.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> strings(Object value) {
        if (value == null) {
            return Set.of();
        }
        Collection<?> c = value instanceof String[] a ? List.of(a) : value instanceof Collection<?> x ? x : List.of(value);
        return Set.copyOf(c.stream().map(String::valueOf).toList());
    }
}
