package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform inbox over HTTP: notices tell their audience's inboxes, only the owner sees and marks
 * an item, the unread counter, and the Server-Sent Events stream with its resumption.
 */
@Order(3)
class InboxIT {
    private static final HttpClient SSE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static Http http;
    private static String secretaryA;
    private static String memberA;
    private static String memberB;
    private static String admin;
    private static long cellA;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        cellA = Orgs.id(http, admin, Demo.CELL_A);
    }

    @Test
    void aNoticeReachesItsCellsInboxesOnlyAndReadingCountsDown() {
        long before = unread(memberA);
        long notice = Notices.sendId(http, secretaryA, "Hộp thư: lịch sinh hoạt chi bộ", "Sinh hoạt ngày 5.", cellA);
        JsonNode item = item(memberA, notice);
        assertEquals("notices", item.path("module").asText());
        assertEquals("Hộp thư: lịch sinh hoạt chi bộ", item.path("title").asText());
        assertTrue(item.path("content").path("available").asBoolean(), "the notice resolves for its reader: " + item);
        assertEquals("/api/notices/" + notice, item.path("content").path("url").asText());
        assertFalse(item.path("read").asBoolean());
        assertEquals(before + 1, unread(memberA), "one more unread");
        assertTrue(find(memberB, notice).isEmpty(), "another cell's member does not see it");

        long id = item.path("id").asLong();
        assertEquals(before, http.post("/api/inbox/" + id + "/read", memberA, null).expectJson(200).longField("unread"));
        assertEquals(before, unread(memberA), "the count dropped after reading");
        assertTrue(item(memberA, notice).path("read").asBoolean(), "listed as read");
        http.post("/api/inbox/read", memberA, null).expectJson(200);
        assertEquals(0, unread(memberA), "mark all read");
    }

    @Test
    void otherAdministratorsNeitherSeeNorMarkAMembersItems() {
        long notice = Notices.sendId(http, secretaryA, "Hộp thư: chỉ chi bộ A", "Chỉ gửi chi bộ A.", cellA);
        long id = item(memberA, notice).path("id").asLong();
        // the province administrator is not a member of cell A: the item is not theirs
        assertTrue(find(admin, notice).isEmpty(), "the administrator's inbox is their own");
        http.post("/api/inbox/" + id + "/read", admin, null).expectProblem(404);
        // another district's administrator (ADMIN granted at SH for this test)
        JsonNode committeeSh = http.caller(Demo.COMMITTEE_SH, Demo.PASSWORD);
        long sh = Orgs.id(http, admin, Demo.SH);
        Map<String, Object> grant = Map.of("memberId", committeeSh.path("memberId").asLong(), "role", "ADMIN", "orgId", sh);
        http.post("/api/roles", admin, grant).expect(201);
        try {
            String shAdmin = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
            assertTrue(find(shAdmin, notice).isEmpty(), "another district's administrator does not list it");
            http.post("/api/inbox/" + id + "/read", shAdmin, null).expectProblem(404);
            http.post("/api/inbox/" + id + "/read", memberB, null).expectProblem(404);
            assertFalse(item(memberA, notice).path("read").asBoolean(), "still unread for its owner");
        } finally {
            http.delete("/api/roles?memberId=" + committeeSh.path("memberId").asLong() + "&role=ADMIN&orgId=" + sh, admin)
                    .expect(204);
        }
    }

    @Test
    void theStreamDeliversNewItemsAndResumesAfterTheLastEventId() throws Exception {
        long first;
        try (Stream s = open(memberA, null)) {
            long notice = Notices.sendId(http, secretaryA, "Hộp thư: tin mới qua luồng", "Luồng sự kiện.", cellA);
            JsonNode event = s.next(Duration.ofSeconds(15));
            assertEquals("notices", event.path("module").asText(), "event: " + event);
            assertEquals("Hộp thư: tin mới qua luồng", event.path("title").asText());
            assertEquals(String.valueOf(notice), event.path("content").path("ref").path("id").asText());
            first = event.path("id").asLong();
            assertEquals(String.valueOf(first), s.lastId);
        }
        // sent while the member is away: replayed after the last id the client saw, and only that
        long missed = Notices.sendId(http, secretaryA, "Hộp thư: tin gửi khi vắng mặt", "Phát lại.", cellA);
        try (Stream s = open(memberA, String.valueOf(first))) {
            JsonNode event = s.next(Duration.ofSeconds(15));
            assertEquals(String.valueOf(missed), event.path("content").path("ref").path("id").asText(), "replayed: " + event);
            assertTrue(event.path("id").asLong() > first);
        }
        // member B's stream does not get cell A's items
        try (Stream s = open(memberB, null)) {
            Notices.sendId(http, secretaryA, "Hộp thư: không phải của chi bộ B", "Không gửi B.", cellA);
            assertEquals(null, s.nextOrNull(Duration.ofSeconds(3)), "nothing for member B");
        }
        // a malformed Last-Event-ID is a 400 problem, anonymous a 401
        http.exchange("GET", "/api/inbox/stream", "Bearer " + memberA, null, null, Map.of("Last-Event-ID", "abc"))
                .expectProblem(400);
        http.get("/api/inbox/stream", null).expectProblem(401);
    }

    @Test
    void aBrowserEventSourceFollowsTheStreamWithItsSessionCookie() throws Exception {
        // EventSource cannot set headers: it sends the CMS session cookie, as any GET of the page's origin
        HttpResponse<String> login = SSE.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/auth/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"" + Demo.MEMBER_A + "\",\"password\":\"" + Demo.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SOTAY_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<InputStream> r = SSE.sendAsync(HttpRequest.newBuilder(URI.create(http.base() + "/api/inbox/stream"))
                .header("Accept", "text/event-stream").header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        try (Stream s = new Stream(r.body())) {
            long notice = Notices.sendId(http, secretaryA, "Hộp thư: qua phiên trình duyệt", "Cookie.", cellA);
            assertEquals(String.valueOf(notice), s.next(Duration.ofSeconds(15)).path("content").path("ref").path("id").asText());
        }
    }

    /** An open event stream read line by line on its own thread. */
    private static final class Stream implements AutoCloseable {
        final InputStream in;
        final BufferedReader lines;
        String lastId;

        Stream(InputStream in) {
            this.in = in;
            this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        JsonNode next(Duration timeout) throws Exception {
            JsonNode n = nextOrNull(timeout);
            if (n == null) {
                throw new AssertionError("no inbox event within " + timeout);
            }
            return n;
        }

        /** The data of the next {@code inbox} event, or null when none comes in time. */
        JsonNode nextOrNull(Duration timeout) throws Exception {
            CompletableFuture<JsonNode> f = CompletableFuture.supplyAsync(() -> {
                try {
                    String event = null;
                    List<String> data = new ArrayList<>();
                    for (String line; (line = lines.readLine()) != null;) {
                        if (line.isEmpty()) {
                            if ("inbox".equals(event) && !data.isEmpty()) {
                                return Http.JSON.readTree(String.join("\n", data));
                            }
                            event = null;
                            data.clear();
                        } else if (line.startsWith("event: ")) {
                            event = line.substring(7);
                        } else if (line.startsWith("data: ")) {
                            data.add(line.substring(6));
                        } else if (line.startsWith("id: ")) {
                            lastId = line.substring(4);
                        }
                    }
                    return null;
                } catch (Exception e) {
                    return null;
                }
            });
            try {
                return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return null;
            }
        }

        @Override
        public void close() throws Exception {
            in.close();
        }
    }

    private static Stream open(String token, String lastEventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + "/api/inbox/stream"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = SSE.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), r.headers().toString());
        return new Stream(r.body());
    }

    private static long unread(String token) {
        return http.get("/api/inbox/unread", token).expectJson(200).longField("unread");
    }

    private static JsonNode item(String token, long notice) {
        return find(token, notice).orElseThrow(() -> new AssertionError("notice " + notice + " not in the inbox"));
    }

    private static java.util.Optional<JsonNode> find(String token, long notice) {
        for (JsonNode i : http.get("/api/inbox?limit=100", token).expectJson(200).json().path("items")) {
            if ("notice".equals(i.path("content").path("ref").path("type").asText())
                    && String.valueOf(notice).equals(i.path("content").path("ref").path("id").asText())) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }
}
