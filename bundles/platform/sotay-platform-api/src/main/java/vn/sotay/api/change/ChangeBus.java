package vn.sotay.api.change;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The channel of committed changes. A module calls {@link #publish} <b>after</b> its transaction
 * committed (never inside {@code PersistenceUnit.write}: a write that is retried or rolled back must
 * not have announced anything), with one event per changed entity.
 *
 * <p><b>Delivery.</b> Events are delivered to the {@link vn.sotay.spi.change.ChangeListener}s whose
 * filters match, asynchronously on the platform's single change dispatcher thread, in the order
 * they were published, never on the publisher's thread (which may hold locks or a request). A
 * listener that throws is logged and the others still get the event. Listeners registered after an
 * event was published do not get it. Nothing is persisted: a crash loses events not yet delivered,
 * which is why listeners treat an event as "look again at this entity" and modules keep a repair
 * path ({@code sotay:reindex}, a periodic sweep).
 *
 * <p><b>Read your writes.</b> {@link #publish} returns a stage that completes once every listener
 * of this JVM has handled the event. A request that promises its client that the next read shows
 * the change (the search index, a cache the next request reads) waits for it after the commit with
 * {@link #publishAndWait}, holding no lock; a listener publishing from the dispatcher thread is
 * never made to wait (that would wait for itself).
 *
 * <p><b>Several nodes.</b> When several Karaf nodes share one database, the same events will be
 * carried to the other nodes and delivered there the same way; this is why {@link ChangeEvent} is
 * small and serialisable and why only committed changes are published.
 *
 * <pre>{@code
 * Notice n = store.insert(...);                                           // committed
 * changes.publishAndWait(ChangeEvent.created("notices", "notice", n.id(), n.audienceOrgId()),
 *         ChangeBus.WAIT);                                                 // index and caches follow
 * }</pre>
 */
@ProviderType
public interface ChangeBus {

    /** How long a writer waits by default for its own change to be handled: five seconds. */
    Duration WAIT = Duration.ofSeconds(5);

    /**
     * Hands the event to the dispatcher and returns at once.
     *
     * @return completes when every listener of this JVM has handled the event (also when one failed)
     */
    CompletionStage<Void> publish(ChangeEvent event);

    /**
     * {@link #publish}, then waits at most {@code max} for the listeners of this JVM (not at all on
     * the dispatcher thread). Returns false when the wait ran out; the event is delivered anyway.
     */
    boolean publishAndWait(ChangeEvent event, Duration max);
}
