package vn.sotay.platform.rest.internal.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;

import vn.sotay.api.Caller;

/**
 * One open Server-Sent Events stream on a servlet {@link AsyncContext}, written with non-blocking
 * IO: no thread waits for a client. Frames wait in a bounded queue; a frame with a key replaces the
 * queued, unsent frame with the same key; a stream whose queue is full is closed (the client
 * reconnects). {@link #drain} writes while the container says the socket can take more and resumes
 * from {@link #onWritePossible} when it could not.
 */
public final class SseStream implements WriteListener, AsyncListener {
    /** Frames queued per stream at most. */
    static final int MAX_QUEUED = 64;

    /** A frame as written; {@code key} null: never coalesced. */
    record Frame(String key, byte[] bytes) {
        static Frame of(String key, String text) {
            return new Frame(key, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where frames go: the servlet output, or a test's sink. */
    interface Sink {
        boolean isReady();

        void write(byte[] b) throws IOException;

        void flush() throws IOException;

        void complete();
    }

    final Caller caller;
    final long openedAt = System.nanoTime();
    final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastIds = new HashMap<>();
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private final Runnable onClosed;
    private Sink sink;
    private boolean draining;
    private boolean again;
    private boolean flushNeeded;
    private boolean closing;
    private boolean closed;
    private long stalledSince;

    SseStream(Caller caller, Runnable onClosed) {
        this.caller = caller;
        this.onClosed = onClosed;
    }

    /**
     * Starts the event stream on the request's {@link AsyncContext} (started by the JAX-RS runtime
     * for an {@code @Suspended AsyncResponse} that is never resumed): status 200, the event-stream
     * type and the headers every /api answer carries, then frames as the socket takes them.
     */
    public void start(javax.servlet.http.HttpServletRequest request) throws IOException {
        AsyncContext ctx = request.getAsyncContext();
        ctx.setTimeout(0);
        javax.servlet.http.HttpServletResponse res = (javax.servlet.http.HttpServletResponse) ctx.getResponse();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Accel-Buffering", "no");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Content-Security-Policy", vn.sotay.platform.rest.internal.SecurityHeaders.CSP);
        offer(null, null, Frame.of(null, ": connected\nretry: 5000\n\n"));
        attach(ctx);
    }

    private void attach(AsyncContext ctx) throws IOException {
        ServletOutputStream out = ctx.getResponse().getOutputStream();
        ctx.addListener(this);
        Sink s = new Sink() {
            public boolean isReady() { return out.isReady(); }
            public void write(byte[] b) throws IOException { out.write(b); }
            public void flush() throws IOException { out.flush(); }
            public void complete() {
                try {
                    ctx.complete();
                } catch (IllegalStateException e) {
                    // already completed by the container (client gone)
                }
            }
        };
        synchronized (this) {
            sink = s;
        }
        out.setWriteListener(this); // the container calls onWritePossible once the request thread returns
    }

    /** Attaches a test sink and drains at once. */
    void attach(Sink s) {
        synchronized (this) {
            sink = s;
        }
        drain();
    }

    /**
     * Queues a frame of {@code topic}; a numeric {@code id} not above the last one queued for the
     * topic is skipped (replay and live delivery never repeat). False when the stream is closed or
     * was just closed because its queue is full.
     */
    boolean offer(String topic, Long id, Frame f) {
        synchronized (this) {
            if (closed || closing) {
                return false;
            }
            if (id != null && topic != null) {
                Long last = lastIds.get(topic);
                if (last != null && id <= last) {
                    return true;
                }
                lastIds.put(topic, id);
            }
            if (f.key() != null && replace(f)) {
                return true;
            }
            if (queue.size() >= MAX_QUEUED) {
                abort();
                return false;
            }
            queue.add(f);
        }
        drain();
        return true;
    }

    private boolean replace(Frame f) {
        for (Iterator<Frame> it = queue.iterator(); it.hasNext();) {
            if (f.key().equals(it.next().key())) {
                it.remove();
                queue.add(f);
                return true;
            }
        }
        return false;
    }

    /** Sends what is queued, then ends the stream. */
    void closeAfterDrain() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closing = true;
        }
        drain();
    }

    /** Ends the stream now, dropping what is queued. */
    public void abort() {
        Sink s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            s = sink;
        }
        if (s != null) {
            s.complete();
        }
        onClosed.run();
    }

    /** Whether {@link #start} attached the stream to its response. */
    public synchronized boolean started() {
        return sink != null;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    synchronized int queued() {
        return queue.size();
    }

    /** Nanos since the socket last refused data while frames waited; 0 when not stalled. */
    synchronized long stalledFor(long now) {
        return stalledSince == 0 || queue.isEmpty() ? 0 : now - stalledSince;
    }

    void drain() {
        boolean finish = false;
        synchronized (this) {
            if (sink == null || closed) {
                return;
            }
            if (draining) { // re-entered from a container callback: the running drain loops again
                again = true;
                return;
            }
            draining = true;
            try {
                do {
                    again = false;
                    while (true) {
                        if (!sink.isReady()) {
                            if (stalledSince == 0) {
                                stalledSince = System.nanoTime();
                            }
                            break; // onWritePossible follows
                        }
                        stalledSince = 0;
                        Frame f = queue.poll();
                        if (f != null) {
                            sink.write(f.bytes());
                            flushNeeded = true;
                        } else if (flushNeeded) {
                            flushNeeded = false;
                            sink.flush();
                        } else {
                            finish = closing;
                            break;
                        }
                    }
                } while (again);
            } catch (IOException | RuntimeException e) { // the client is gone
                queue.clear();
                flushNeeded = false;
                closing = true;
            } finally {
                draining = false;
            }
            if (closing && !finish && queue.isEmpty() && !flushNeeded) {
                finish = true;
            }
        }
        if (finish) {
            abort();
        }
    }

    @Override
    public void onWritePossible() {
        drain();
    }

    @Override
    public void onError(Throwable t) {
        abort();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        abort();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        abort();
    }

    @Override
    public void onError(AsyncEvent event) {
        abort();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
