package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Graceful overload over HTTP: with the limits of {@code vn.sotay.rest} set low (written to
 * {@code etc/}, taken without a restart), two requests held in progress by slowly sent bodies make
 * the platform refuse DEFERRABLE work (a search) with 503 problem+json and {@code Retry-After}, while
 * NORMAL work (the notices list) and VITAL work (a check-in) still run; once the slow requests
 * ended, the same search answers 200 again.
 */
@Order(8)
class OverloadIT {
    private static final Path CFG = Distribution.get().home().resolve("etc/vn.sotay.rest.cfg");

    @AfterAll
    static void restore() throws IOException {
        Files.deleteIfExists(CFG);
        Distribution.sleep(3000); // file install hands the defaults back to the front door
    }

    @Test
    void deferrableWorkIsShedFirstVitalWorkNeverAndThePlatformRecovers() throws Exception {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String search = "/api/documents/search?q=ngh%E1%BB%8B%20quy%E1%BA%BFt";
        assertEquals(200, http.get(search, member).status());
        Files.writeString(CFG, "shedDeferrable = 1\nshedNormal = 200\n");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        Await.until(Duration.ofSeconds(30), "searches shed once two requests are held in progress", () -> {
            if (slow.isEmpty() || slow.stream().allMatch(CompletableFuture::isDone)) {
                slow.clear();
                for (int i = 0; i < 2; i++) {
                    slow.add(client.sendAsync(slowPost(http.base(), member), HttpResponse.BodyHandlers.ofString()));
                }
                Distribution.sleep(500);
            }
            Http.Response r = http.get(search, member);
            return Await.Check.of(r.status() == 503, r.status());
        });
        Http.Response shed = http.get(search, member);
        assertEquals(503, shed.status(), shed.body());
        assertEquals(Http.PROBLEM_JSON, shed.mediaType());
        assertEquals("2", shed.headers().firstValue("Retry-After").orElse(""));
        assertTrue(shed.body().contains("quá tải"), shed.body());
        assertEquals(200, http.exchange("GET", "/api/notices", "Bearer " + member, null, null,
                Map.of("Cache-Control", "no-cache")).status(), "NORMAL work still runs");
        int vital = http.exchange("POST", "/api/meetings/987654321/check-in", "Bearer " + member, "application/json",
                "{\"code\":\"000000\"}".getBytes(StandardCharsets.UTF_8), Map.of()).status();
        assertEquals(404, vital, "a check-in is never shed: it reaches its resource");
        for (CompletableFuture<HttpResponse<String>> f : slow) {
            assertEquals(400, f.get().statusCode(), "the held requests end with their own answer");
        }
        Await.until(Duration.ofSeconds(10), "the search answers again once the load passed",
                () -> Await.Check.of(http.get(search, member).status() == 200, "shed"));
    }

    /** A POST whose invalid JSON body arrives over about 3 s, holding the request in progress. */
    private static HttpRequest slowPost(String base, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/notices")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private int sent;

                    @Override
                    public int read() {
                        return -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (sent > 30) {
                            return -1;
                        }
                        Distribution.sleep(100);
                        byte[] part = (sent == 0 ? "{\"title\":\"" : sent == 30 ? "\",}" : "x").getBytes(StandardCharsets.UTF_8);
                        sent++;
                        System.arraycopy(part, 0, b, off, part.length);
                        return part.length;
                    }
                })).build();
    }
}
