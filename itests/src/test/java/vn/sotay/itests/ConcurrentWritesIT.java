package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many writers right after a boot (issue 9, item 13): Derby allocates the first identity ranges
 * and compiles every statement then, the moment writes used to answer 500 (lock timeouts in the
 * sequence generator, and an audit entry failing after a committed write). Restarts the
 * distribution, so it runs last.
 */
@Order(12)
class ConcurrentWritesIT {
    static final int NOTICES = 64;
    static final int DRAFTS = 16;

    @Test
    void parallelWritersOnAFreshBootNeverGet5xxAndEvery201IsOneStoredObject() throws Exception {
        Distribution d = Distribution.get();
        Http before = d.http();
        String[] logins = {Demo.ADMIN, Demo.COMMITTEE_TP, Demo.COMMITTEE_SH, Demo.SECRETARY_CELL_A};
        String[] tokens = new String[logins.length];
        for (int i = 0; i < logins.length; i++) {
            tokens[i] = before.login(logins[i], Demo.PASSWORD); // tokens survive the restart
        }
        String admin = tokens[0];
        long cellA = Orgs.id(before, admin, Demo.CELL_A);
        long cellB = Orgs.id(before, admin, Demo.CELL_B);
        long tp = Orgs.id(before, admin, Demo.TP);
        String run = UUID.randomUUID().toString().substring(0, 8);
        int numbers = 100_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800_000); // document numbers of this run

        d.restart();
        Http http = d.http();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        List<Future<Http.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < NOTICES; i++) {
                int n = i;
                String token = tokens[i % 4];
                long audience = i % 4 == 2 ? cellB : cellA; // the committee of SH sends to its own cell
                answers.add(pool.submit(() -> http.post("/api/notices", token, Http.object()
                        .put("title", "Đồng thời " + run + " thông báo " + n).put("body", "Gửi ngay sau khởi động.")
                        .put("audienceOrgId", audience))));
                if (i % 4 == 0) {
                    int k = i / 4;
                    answers.add(pool.submit(() -> http.post("/api/news/articles", admin,
                            NewsIT.article("Đồng thời " + run + " tin " + k, "<p>Bản thảo.</p>", tp))));
                    answers.add(pool.submit(() -> http.post("/api/documents", admin,
                            DocumentsIT.document((numbers + k) + "-TB/TU", "Đồng thời " + run + " văn bản " + k, tp, tp))));
                }
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<String, Set<Long>> ids = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (Future<Http.Response> f : answers) {
                Http.Response r = f.get();
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() != 201) {
                    failures.add(r.toString());
                    continue;
                }
                String kind = r.what().substring(r.what().indexOf(' ') + 1);
                assertTrue(ids.computeIfAbsent(kind, x -> new HashSet<>()).add(r.longField("id")), "ids are distinct: " + r);
            }
            assertTrue(failures.isEmpty(), "every write answered 201; statuses " + statuses + ", failures " + failures
                    + d.diagnostics());
            assertEquals(NOTICES, ids.get("/api/notices").size());
            assertEquals(DRAFTS, ids.get("/api/news/articles").size());
            assertEquals(DRAFTS, ids.get("/api/documents").size());
        } finally {
            pool.shutdownNow();
        }
        // counted back: exactly one stored object per 201, none from a write that failed after its commit
        long notices = http.all("/api/notices/sent", admin).stream()
                .filter(n -> n.path("title").asText().startsWith("Đồng thời " + run + " ")).count();
        assertEquals(NOTICES, notices);
        assertEquals(DRAFTS, titled(http, admin, "/api/news/desk", run));
        assertEquals(DRAFTS, titled(http, admin, "/api/documents/desk", run));
    }

    /** Items of a list (a plain array or a paged one) whose title belongs to this run. */
    static long titled(Http http, String token, String path, String run) {
        JsonNode first = http.get(path, token).expectJson(200).json();
        List<JsonNode> items = new ArrayList<>();
        if (first.isArray()) {
            first.forEach(items::add);
        } else {
            items.addAll(http.all(path, token));
        }
        return items.stream().filter(i -> i.path("title").asText().startsWith("Đồng thời " + run + " ")).count();
    }
}
