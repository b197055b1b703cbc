package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Idempotency-Key on POST (issue 9, item 13): a resend never makes a second object. */
@Order(3)
class IdempotencyIT {

    static Http.Response post(Http http, String token, String path, String key, String json) {
        return http.exchange("POST", path, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json; charset=UTF-8", "Idempotency-Key", key),
                json.getBytes(StandardCharsets.UTF_8));
    }

    static String notice(String title, long audience) {
        return Http.object().put("title", title).put("body", "Nội dung thử gửi lặp.").put("audienceOrgId", audience).toString();
    }

    static long stored(Http http, String token, String title) {
        return http.all("/api/notices/sent", token).stream().filter(n -> title.equals(n.path("title").asText())).count();
    }

    @Test
    void theSameRequestTwiceIsOneObjectAndTheSameAnswerReplayed() {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long cellA = Orgs.id(http, secretary, Demo.CELL_A);
        String title = "Thông báo gửi lặp " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Http.Response first = post(http, secretary, "/api/notices", key, notice(title, cellA)).expectJson(201);
        Http.Response second = post(http, secretary, "/api/notices", key, notice(title, cellA)).expectJson(201);
        assertEquals(first.body(), second.body(), "the identical answer");
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(Optional.of("true"), second.header("Idempotent-Replayed"));
        assertFalse(first.header("Idempotent-Replayed").isPresent());
        assertEquals(1, stored(http, secretary, title), "one notice, not two");

        Http.Response other = post(http, secretary, "/api/notices", key, notice(title + " (sửa)", cellA)).expectProblem(422);
        assertTrue(other.json().path("detail").asText().contains("Idempotency-Key"), other.body());
        assertEquals(0, stored(http, secretary, title + " (sửa)"));

        String invalidKey = UUID.randomUUID().toString();
        Http.Response bad = post(http, secretary, "/api/notices", invalidKey, "{\"body\":\"thiếu tiêu đề\"}").expectProblem(400);
        Http.Response badAgain = post(http, secretary, "/api/notices", invalidKey, "{\"body\":\"thiếu tiêu đề\"}")
                .expectProblem(400);
        assertEquals(bad.body(), badAgain.body(), "a 4xx answer is stored and replayed too");
        assertEquals(Optional.of("true"), badAgain.header("Idempotent-Replayed"));

        post(http, secretary, "/api/notices", "x".repeat(129), notice(title, cellA)).expectProblem(400);
        assertEquals(1, stored(http, secretary, title));
    }

    @Test
    void keysBelongToTheirAccount() {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        String committee = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        long cellA = Orgs.id(http, secretary, Demo.CELL_A);
        String key = UUID.randomUUID().toString();
        String title = "Hai người một khóa " + UUID.randomUUID();
        long a = post(http, secretary, "/api/notices", key, notice(title, cellA)).expectJson(201).longField("id");
        long b = post(http, committee, "/api/notices", key, notice(title, cellA)).expectJson(201).longField("id");
        assertTrue(a != b, "another account's key is another key");
    }

    @Test
    void theSameKeySentSeveralTimesAtOnceMakesOneObject() throws Exception {
        Http http = Distribution.get().http();
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long cellA = Orgs.id(http, secretary, Demo.CELL_A);
        String title = "Gửi đồng thời " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Http.Response> send = () -> post(http, secretary, "/api/notices", key, notice(title, cellA));
                answers.add(pool.submit(send));
            }
            Long id = null;
            for (Future<Http.Response> f : answers) {
                Http.Response r = f.get();
                if (r.status() == 409) {
                    r.expectProblem(409);
                    assertTrue(r.header("Retry-After").isPresent(), "409 says when to come back: " + r.headers());
                } else {
                    long got = r.expectJson(201).longField("id");
                    assertTrue(id == null || id == got, "every 201 names the same notice: " + id + " / " + got);
                    id = got;
                }
            }
            assertTrue(id != null, "one of them made the notice");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, stored(http, secretary, title));
        JsonNode replay = post(http, secretary, "/api/notices", key, notice(title, cellA)).expectJson(201).json();
        assertEquals(title, replay.path("title").asText());
    }
}
