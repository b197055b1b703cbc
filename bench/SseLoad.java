import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens N Server-Sent Events streams of /api/inbox/stream (5 per token, the per-caller bound),
 * holds them for HOLD seconds (bench/sse.sh measures normal requests meanwhile), then sends one
 * province-wide notice and measures how long until every stream got its inbox event.
 * Usage: java bench/SseLoad.java BASE TOKENS_FILE N HOLD_SECONDS ADMIN_TOKEN ROOT_ORG_ID READY_FILE
 */
public class SseLoad {
    static final AtomicInteger open = new AtomicInteger();
    static final AtomicInteger failed = new AtomicInteger();
    static final AtomicInteger inboxEvents = new AtomicInteger();
    static final AtomicInteger heartbeats = new AtomicInteger();
    static final AtomicLong lastInboxAt = new AtomicLong();
    static final java.util.Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] a) throws Exception {
        String base = a[0];
        List<String> tokens = Files.readAllLines(Path.of(a[1])).stream().filter(s -> !s.isBlank()).toList();
        int n = Integer.parseInt(a[2]);
        int hold = Integer.parseInt(a[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).build();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String token = tokens.get((i / 5) % tokens.size());
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/inbox/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
            client.sendAsync(r, info -> info.statusCode() == 200 ? new Counter() : HttpResponse.BodySubscribers.discarding())
                    .whenComplete((resp, e) -> {
                        if (e != null || resp.statusCode() != 200) {
                            failed.incrementAndGet();
                            Throwable c = e == null ? null : e.getCause() == null ? e : e.getCause();
                            failures.merge(e == null ? "HTTP " + resp.statusCode() : c.getClass().getSimpleName() + ": "
                                    + c.getMessage(), 1, Integer::sum);
                        }
                    });
            if (i % 50 == 49) {
                Thread.sleep(100); // a ramp, not a SYN flood
            }
        }
        while (open.get() + failed.get() < n && System.nanoTime() - t0 < 120_000_000_000L) {
            Thread.sleep(100);
        }
        System.out.printf("streams open: %d, failed: %d, in %d ms %s%n", open.get(), failed.get(),
                (System.nanoTime() - t0) / 1_000_000, failures.isEmpty() ? "" : failures);
        Files.writeString(Path.of(a[6]), open.get() + "\n");
        Thread.sleep(hold * 1000L);
        // fan-out: one notice to the whole province reaches every open stream of its members
        int before = inboxEvents.get();
        long sent = System.nanoTime();
        HttpResponse<String> s = client.send(HttpRequest.newBuilder(URI.create(base + "/api/notices"))
                .header("Authorization", "Bearer " + a[4]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Thông báo đo tải luồng sự kiện\",\"body\":\"Gửi toàn tỉnh.\",\"audienceOrgId\":" + a[5] + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        while (inboxEvents.get() - before < open.get() && System.nanoTime() - sent < 30_000_000_000L) {
            Thread.sleep(10);
        }
        System.out.printf("province-wide notice: %d in %d ms; inbox events on %d of %d open streams, the last %d ms after sending%n",
                s.statusCode(), (answered - sent) / 1_000_000, inboxEvents.get() - before, open.get(),
                (lastInboxAt.get() - sent) / 1_000_000);
        System.out.printf("heartbeats received: %d; streams still open: %d%n", heartbeats.get(), open.get());
        System.exit(0);
    }

    /** Counts events of one stream without keeping its bytes. */
    static final class Counter implements HttpResponse.BodySubscriber<Void> {
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final StringBuilder pending = new StringBuilder();

        public CompletableFuture<Void> getBody() {
            return done;
        }

        public void onSubscribe(Flow.Subscription s) {
            open.incrementAndGet();
            s.request(Long.MAX_VALUE);
        }

        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                pending.append(StandardCharsets.UTF_8.decode(b));
            }
            int i;
            while ((i = pending.indexOf("\n\n")) >= 0) {
                String frame = pending.substring(0, i);
                pending.delete(0, i + 2);
                if (frame.startsWith("event: inbox")) {
                    inboxEvents.incrementAndGet();
                    lastInboxAt.set(System.nanoTime());
                } else if (frame.startsWith(": heartbeat")) {
                    heartbeats.incrementAndGet();
                }
            }
        }

        public void onError(Throwable t) {
            open.decrementAndGet();
            done.complete(null);
        }

        public void onComplete() {
            open.decrementAndGet();
            done.complete(null);
        }
    }
}
