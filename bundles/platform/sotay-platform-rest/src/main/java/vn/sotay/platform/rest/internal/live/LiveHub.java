package vn.sotay.platform.rest.internal.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.live.LiveUpdates;

/**
 * The open streams and the topics they follow. Publishing hands the event to one delivery thread
 * (publishers never wait for clients); delivery only queues frames on the streams, which write with
 * non-blocking IO. A caller holds at most {@link LiveUpdates#MAX_STREAMS_PER_CALLER} streams (a new
 * one closes their oldest); every {@value #HEARTBEAT_SECONDS} s each stream gets a comment line, and a
 * stream whose client has not taken data for {@value #STALL_SECONDS} s is closed.
 */
@Component(service = LiveHub.class)
public class LiveHub {
    static final int HEARTBEAT_SECONDS = 20;
    static final int STALL_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
    private static final SseStream.Frame HEARTBEAT = SseStream.Frame.of("heartbeat", ": heartbeat\n\n");

    record Topic(String name, Object owner, Predicate<Caller> mayFollow, Set<SseStream> followers) {
    }

    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<Long, Deque<SseStream>> byAccount = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final ThreadPoolExecutor delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), r -> new Thread(r, "sotay-live-delivery"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sotay-live-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public LiveHub() {
        this(vn.sotay.platform.rest.internal.Json.MAPPER, true);
    }

    LiveHub(ObjectMapper json, boolean heartbeats) {
        this.json = json;
        if (heartbeats) {
            timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        delivery.shutdownNow();
        streams().forEach(SseStream::abort);
    }

    Topic open(Object owner, String name, Predicate<Caller> mayFollow) {
        if (name == null || !name.matches("[a-z0-9_.-]+/[a-z0-9_./-]+") || name.length() > 100) {
            throw new IllegalArgumentException("topic name <module>/<name> expected, got " + name);
        }
        return topics.computeIfAbsent(name, n -> new Topic(n, owner, mayFollow, ConcurrentHashMap.newKeySet()));
    }

    /** Closes a topic: its followers get a {@code closed} event; a stream left following nothing ends. */
    void close(String name) {
        Topic t = topics.remove(name);
        if (t == null) {
            return;
        }
        SseStream.Frame f = SseStream.Frame.of(null, "event: closed\ndata: " + write(Map.of("topic", name)) + "\n\n");
        for (SseStream s : t.followers()) {
            s.topics.remove(name);
            s.offer(null, null, f);
            if (s.topics.isEmpty()) {
                s.closeAfterDrain();
            }
        }
    }

    /**
     * A new stream of {@code caller} following {@code names}: 404 (alike) for a topic that is not
     * open or that the caller may not follow. Closes the caller's oldest stream beyond the bound.
     */
    public SseStream connect(Caller caller, Collection<String> names) {
        List<Topic> wanted = new ArrayList<>();
        for (String n : names) {
            Topic t = topics.get(n);
            if (t == null || !t.mayFollow().test(caller)) {
                throw ProblemException.notFound("Không tìm thấy kênh cập nhật hoặc bạn không được theo dõi kênh này.");
            }
            wanted.add(t);
        }
        SseStream[] holder = new SseStream[1];
        SseStream s = new SseStream(caller, () -> forget(holder[0]));
        holder[0] = s;
        SseStream oldest = null;
        Deque<SseStream> mine = byAccount.computeIfAbsent(caller.accountId(), k -> new ArrayDeque<>());
        synchronized (mine) {
            mine.addLast(s);
            if (mine.size() > LiveUpdates.MAX_STREAMS_PER_CALLER) {
                oldest = mine.pollFirst();
            }
        }
        if (oldest != null) {
            oldest.abort();
        }
        return s;
    }

    /** Starts delivering {@code topic}'s events to the stream. */
    public void follow(SseStream s, String topic) {
        Topic t = topics.get(topic);
        if (t != null && !s.isClosed()) {
            s.topics.add(topic);
            t.followers().add(s);
        }
    }

    void publish(String topic, String event, Long id, Function<Caller, Object> payloadFor, String key) {
        if (event == null || !event.matches("[a-z0-9_.-]{1,40}")) {
            throw new IllegalArgumentException("event name of lower-case letters, digits, _ . - expected: " + event);
        }
        try {
            delivery.execute(() -> deliver(topic, event, id, payloadFor, key));
        } catch (RejectedExecutionException e) {
            LOG.warn("Live updates: delivery queue full, event {} of {} dropped", event, topic);
        }
    }

    /** Queues the event on every follower it is for (on the delivery thread; tests call it directly). */
    void deliver(String topic, String event, Long id, Function<Caller, Object> payloadFor, String key) {
        Topic t = topics.get(topic);
        if (t == null) {
            return;
        }
        for (SseStream s : t.followers()) {
            try {
                Object payload = payloadFor.apply(s.caller);
                if (payload != null) {
                    s.offer(topic, id, frame(topic, event, id, payload, key));
                }
            } catch (RuntimeException e) {
                LOG.warn("Live updates: event {} of {} not delivered to account {}", event, topic, s.caller.accountId(), e);
            }
        }
    }

    /** Queues one event on one stream now (a stream's replay before it follows its topics). */
    public void send(SseStream s, String topic, String event, Long id, Object payload) {
        s.offer(topic, id, frame(topic, event, id, payload, null));
    }

    SseStream.Frame frame(String topic, String event, Long id, Object payload, String key) {
        StringBuilder b = new StringBuilder("event: ").append(event).append('\n');
        if (id != null) {
            b.append("id: ").append(id).append('\n');
        }
        b.append("data: ").append(write(payload)).append("\n\n");
        return SseStream.Frame.of(key == null ? null : topic + "\n" + key, b.toString());
    }

    /** A heartbeat comment for every stream; streams stalled too long are closed. */
    void heartbeat() {
        long now = System.nanoTime();
        for (SseStream s : streams()) {
            if (s.stalledFor(now) > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                s.abort();
            } else {
                s.offer(null, null, HEARTBEAT);
            }
        }
    }

    int openStreams() {
        return byAccount.values().stream().mapToInt(d -> {
            synchronized (d) {
                return d.size();
            }
        }).sum();
    }

    private List<SseStream> streams() {
        List<SseStream> all = new ArrayList<>();
        for (Deque<SseStream> d : byAccount.values()) {
            synchronized (d) {
                all.addAll(d);
            }
        }
        return all;
    }

    private void forget(SseStream s) {
        for (String n : s.topics) {
            Topic t = topics.get(n);
            if (t != null) {
                t.followers().remove(s);
            }
        }
        Deque<SseStream> mine = byAccount.get(s.caller.accountId());
        if (mine != null) {
            synchronized (mine) {
                mine.remove(s);
            }
        }
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload not serialisable", e);
        }
    }
}
