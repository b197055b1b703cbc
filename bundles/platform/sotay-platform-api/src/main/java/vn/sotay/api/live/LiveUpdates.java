package vn.sotay.api.live;

import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * Pushes events to the open Server-Sent Events streams of the callers allowed to see them: a
 * meeting's attendance and vote tallies, a count that changed. Provided by the platform's REST layer
 * (one instance per using bundle); clients follow topics at
 * {@code GET /api/live?topic=<module>/<name>} with {@code Accept: text/event-stream}.
 *
 * <p><b>Topics.</b> A module {@link #open opens} a topic named {@code <module>/<name>} and says who
 * may follow it; a client that may not follow it, or names a topic nobody opened, gets 404 (no
 * existence oracle). Every event is sent only to followers the event's own audience admits too.
 * When the module's bundle stops or is uninstalled, its service instance is released and every topic
 * it opened is closed: the followers' streams get a {@code closed} event naming the topic and end
 * when they follow nothing else.
 *
 * <p><b>Delivery.</b> Best effort, at most once, asynchronous ({@code publish} never blocks on a
 * client). Each stream has a bounded queue; an event published with a {@code key} replaces a queued,
 * unsent event of the same topic and key (a tally sends only its latest value to a slow client); a
 * client whose queue is still full is disconnected (EventSource reconnects, and the client reads the
 * current state again). A caller holds at most {@link #MAX_STREAMS_PER_CALLER} streams: opening one
 * more closes their oldest. Streams get a comment line every 20 s (heartbeat). Treat events as
 * hints: the module's REST endpoints stay the source of truth.
 *
 * <pre>
 * LiveTopic tally = live.open("meetings/" + id, c -&gt; auth.canRead(c, meeting.orgId()));
 * tally.publish("tally", Map.of("present", 41, "absent", 3), c -&gt; true, "tally");
 * ...
 * tally.close(); // the meeting ended
 * </pre>
 */
@ProviderType
public interface LiveUpdates {
    /** Streams one caller may hold open at once. */
    int MAX_STREAMS_PER_CALLER = 5;

    /**
     * Opens (or returns the already open) topic {@code name}: {@code <module>/<name>}, lower-case
     * letters, digits, {@code -}, {@code _}, {@code .} and {@code /}, at most 100 characters.
     *
     * @param mayFollow who may subscribe (checked when a stream opens)
     */
    LiveTopic open(String name, Predicate<Caller> mayFollow);

    /** An open topic. */
    @ProviderType
    interface LiveTopic {
        String name();

        /**
         * Sends {@code payload} (serialised as JSON) as an event named {@code event} to the topic's
         * followers for whom {@code audience} is true.
         *
         * @param key events with the same non-null key replace each other while unsent (coalescing)
         */
        void publish(String event, Object payload, Predicate<Caller> audience, String key);

        /**
         * Sends each follower the payload computed for them ({@code null}: nothing for this one), as
         * an event named {@code event}. A numeric {@code id} becomes the event's SSE id: a stream never
         * sends an id of the topic lower than or equal to one it already queued (replay and live
         * delivery do not repeat each other).
         */
        void publishEach(String event, Long id, Function<Caller, Object> payloadFor);

        /** Closes the topic: followers are told and unsubscribed. */
        void close();
    }
}
