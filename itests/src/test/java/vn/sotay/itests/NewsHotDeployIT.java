package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Uninstalling and reinstalling the news feature at runtime (issue 3, "What must hold"): its
 * endpoints, menu entries and search hits go with it and come back with every article intact,
 * while the rest of the platform (notices) keeps answering. Runs between NewsIT (6) and
 * HotDeployIT (8). The province reviewer is the admin, as in NewsIT (the demo reviewer account is
 * locked by AuthIT). While the feature goes and comes, a member keeps reading the feed: every answer
 * is the feed, a 404 problem or a 503 problem, never an empty {@code 200} (what CXF gives for a
 * module's destination in the instant it has no message observer yet).
 */
@Order(7)
class NewsHotDeployIT {
    static final String FEATURE = "sotay-news";
    /** A word no other test uses, to find this test's article by search. */
    static final String WORD = "Bìnhsơnhotdeploy";
    static final String QUERY = WORD;

    @Test
    void newsComesAndGoesWithItsEndpointsMenuAndSearchHits() {
        Http http = Distribution.get().http();
        String editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        long tp = Orgs.id(http, admin, Demo.TP);

        ObjectNode a = Http.object().put("title", "Thành ủy Bình Sơn triển khai Sổ tay đảng viên " + WORD)
                .put("body", "<p>Các chi bộ nhận tài liệu sinh hoạt qua Sổ tay đảng viên điện tử.</p>")
                .put("category", "committee").put("audienceOrgId", tp)
                .put("sourceName", "Bản tin Thành ủy Bình Sơn (dữ liệu mẫu)")
                .put("sourceUrl", "https://example.vn/thanh-uy/so-tay");
        a.putArray("tags").add("chuyển đổi số");
        long id = http.post("/api/news/articles", editor, a).expectJson(201).longField("id");
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        JsonNode published = http.post("/api/news/articles/" + id + "/approve", admin, null).expectJson(200).json();
        assertEquals("APPROVED", published.path("status").asText());

        assertTrue(feedIds(http, member).contains(id), "in member A's feed before");
        awaitSearch(http, member, id, true, Duration.ofSeconds(15));
        assertTrue(newsMenu(http, editor).containsAll(List.of("news.feed", "news.write")),
                "news menu entries for an editor before: " + newsMenu(http, editor));
        String jobs = Shell.exec("sotay:jobs");
        assertTrue(jobs.contains("sotay-news-impl news.views") && jobs.contains("sotay-news-impl news.index-sweep"),
                "the module's jobs are on the platform scheduler: " + jobs);

        boolean installed = true;
        Reader reader = new Reader(http, member);
        reader.start();
        try {
            String out = Shell.exec("feature:uninstall " + FEATURE);
            installed = false;
            Await.until(Duration.ofSeconds(30), "GET /api/news answers 404 after feature:uninstall (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/news", member);
                        return Await.Check.of(r.status() == 404, r);
                    });
            http.get("/api/news/articles/" + id, member).expect(404);
            Await.until(Duration.ofSeconds(10), "/api/menu has no news entries",
                    () -> {
                        List<String> menu = newsMenu(http, editor);
                        return Await.Check.of(menu.isEmpty(), menu);
                    });
            Await.until(Duration.ofSeconds(10), "search returns no article hits",
                    () -> {
                        List<String> types = hitTypes(http, member, QUERY);
                        return Await.Check.of(!types.contains("article"), types);
                    });
            assertFalse(hitTypes(http, member, "chuyen doi so").contains("article"), "no article hit for any query");
            http.get("/api/notices", member).expectJson(200);
            http.get("/api/ping", null).expect(200);
            Await.until(Duration.ofSeconds(10), "the module's scheduled jobs are cancelled with its bundle", () -> {
                String left = Shell.exec("sotay:jobs");
                return Await.Check.of(!left.contains("sotay-news-impl") && left.contains("sotay-documents-impl"), left);
            });
            Await.until(Duration.ofSeconds(10), "/api/modules stops listing news", () -> {
                JsonNode modules = http.get("/api/modules", null).expectJson(200).json();
                return Await.Check.of(!Distribution.listsModule(modules, "news"), modules);
            });

            out = Shell.exec("feature:install " + FEATURE);
            installed = true;
            Await.until(Duration.ofSeconds(60), "GET /api/news answers 200 after feature:install (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/news", member);
                        return Await.Check.of(r.status() == 200, r);
                    });
        } finally {
            reader.stop();
            if (!installed) {
                Shell.run("feature:install " + FEATURE); // never leave the distribution without news
            }
        }
        assertTrue(reader.wrong.isEmpty(), "answers to GET /api/news while news went and came back that were "
                + "neither the feed nor a 404/503 problem (of " + reader.count + "): " + reader.wrong);
        assertTrue(reader.count.get() > 20, "the reader kept reading: " + reader.count);

        assertTrue(feedIds(http, member).contains(id), "the article published before the uninstall is in the feed again");
        JsonNode again = http.get("/api/news/articles/" + id, member).expectJson(200).json();
        assertEquals(published.path("title").asText(), again.path("title").asText());
        assertEquals(published.path("body").asText(), again.path("body").asText());
        assertEquals(published.path("version").asInt(), again.path("version").asInt(), "no change while away");
        assertEquals("APPROVED", again.path("status").asText());
        Await.until(Duration.ofSeconds(10), "news menu entries back",
                () -> {
                    List<String> menu = newsMenu(http, editor);
                    return Await.Check.of(menu.containsAll(List.of("news.feed", "news.write")), menu);
                });
        awaitSearch(http, member, id, true, Duration.ofSeconds(30));
        http.get("/api/notices", member).expectJson(200);
        assertTrue(Shell.exec("sotay:jobs").contains("sotay-news-impl news.views"), "the jobs are back with the module");
    }

    // ---------------------------------------------------------------------------------------------

    /** A member reading {@code GET /api/news} in a loop on a thread of its own, keeping every answer that is not right. */
    static final class Reader {
        final List<String> wrong = new CopyOnWriteArrayList<>();
        final AtomicInteger count = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Reader(Http http, String token) {
            thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        Http.Response r = http.get("/api/news", token);
                        count.incrementAndGet();
                        boolean ok = r.status() == 200 ? "application/json".equals(r.mediaType()) && !r.body().isBlank()
                                && r.json().path("items").isArray()
                                : (r.status() == 404 || r.status() == 503) && Http.PROBLEM_JSON.equals(r.mediaType());
                        if (!ok && wrong.size() < 10) {
                            wrong.add(r.status() + " " + r.headers().map() + " «" + Distribution.abbreviate(r.body()) + "»");
                        }
                    } catch (RuntimeException | AssertionError e) {
                        if (wrong.size() < 10) {
                            wrong.add(String.valueOf(e));
                        }
                    }
                }
            }, "news-reader");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            running.set(false);
            try {
                thread.join(70_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static List<Long> feedIds(Http http, String token) {
        List<Long> ids = new ArrayList<>();
        http.all("/api/news", token).forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    /** Ids of the menu entries contributed by the news module for this caller. */
    static List<String> newsMenu(Http http, String token) {
        JsonNode menu = http.get("/api/menu", token).expectJson(200).json();
        assertTrue(menu.isArray(), "GET /api/menu is a list: " + menu);
        List<String> ids = new ArrayList<>();
        for (JsonNode m : menu) {
            if ("news".equals(m.path("module").asText()) || m.path("id").asText().startsWith("news.")) {
                ids.add(m.path("id").asText());
            }
        }
        return ids;
    }

    /** The {@code type} of every hit of {@code GET /api/search?q=} (no type filter). */
    static List<String> hitTypes(Http http, String token, String q) {
        JsonNode hits = http.get("/api/search?q=" + Http.encode(q) + "&limit=100", token).expectJson(200).json();
        List<String> types = new ArrayList<>();
        hits.forEach(h -> types.add(h.path("type").asText()));
        return types;
    }

    static boolean articleHit(Http http, String token, long id) {
        JsonNode hits = http.get("/api/search?q=" + Http.encode(QUERY) + "&limit=100", token).expectJson(200).json();
        for (JsonNode h : hits) {
            if ("article".equals(h.path("type").asText())
                    && ("/api/news/articles/" + id).equals(h.path("url").asText())) {
                return true;
            }
        }
        return false;
    }

    static void awaitSearch(Http http, String token, long id, boolean present, Duration timeout) {
        Await.until(timeout, "search «" + QUERY + "» " + (present ? "finds" : "does not find") + " article " + id,
                () -> Await.Check.of(articleHit(http, token, id) == present, "hit: " + !present));
    }
}
