package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A live topic followed for real (GET /api/live?topic=, text/event-stream): the data lines as they come. */
final class LiveReader implements AutoCloseable {
    private static final HttpClient SSE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final InputStream in;
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    private LiveReader(InputStream in) {
        this.in = in;
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5).strip());
                    }
                }
            } catch (Exception closed) {
                // the test hung up
            }
        }, "live-reader");
        t.setDaemon(true);
        t.start();
    }

    static LiveReader open(Http http, String token, String topic) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(http.base() + "/api/live?topic=" + Http.encode(topic)))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        HttpResponse<InputStream> resp = SSE.sendAsync(r, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertEquals(200, resp.statusCode(), "following " + topic);
        return new LiveReader(resp.body());
    }

    /** The first data line matching {@code wanted} within {@code millis}, or {@code null}. */
    String await(Predicate<String> wanted, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        for (long left; (left = end - System.nanoTime()) > 0;) {
            String d = data.poll(left, TimeUnit.NANOSECONDS);
            if (d != null && wanted.test(d)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        in.close();
    }
}
