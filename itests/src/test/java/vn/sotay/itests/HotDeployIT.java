package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Uninstalling and reinstalling the notices feature at runtime: the module goes and comes back with
 * its data, while the rest of the platform keeps answering with zero failed requests and no other
 * bundle is refreshed or restarted (docs/architecture.md, "Hot deployment"; docs/stack.md, traps 4 and 5).
 */
@Order(8)
class HotDeployIT {
    static final String FEATURE = "sotay-notices";
    static final String BUNDLE = "sotay-notices-impl";
    /** A word no other test uses, to find this test's notice by search. */
    static final String WORD = "Triển khai Nghị quyết về chuyển đổi số trong công tác Đảng";

    @Test
    void noticesComeAndGoWithoutDisturbingTheRest() throws Exception {
        Distribution dist = Distribution.get();
        Http http = dist.http();
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        long tp = Orgs.id(http, committeeTp, Demo.TP);
        long id = Notices.sendId(http, committeeTp, WORD, "Kế hoạch thực hiện trong toàn Đảng bộ thành phố.", tp);
        Searches.awaitHit(http, member, "chuyen doi so", id);

        Map<Long, String> bundlesBefore = bundles();
        assertTrue(bundlesBefore.values().stream().anyMatch(b -> b.contains(BUNDLE)),
                "the notices bundle is installed before: " + bundlesBefore.values());
        long logOffset = dist.karafLogSize();

        Load load = new Load(http, admin);
        load.start();
        try {
            Distribution.sleep(1000); // some traffic before the change
            String out = Shell.exec("feature:uninstall " + FEATURE);
            Await.until(Duration.ofSeconds(30), "GET /api/notices answers 404 after feature:uninstall (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/notices", member);
                        return Await.Check.of(r.status() == 404, r);
                    });
            http.get("/api/ping", null).expect(200);
            http.get("/api/notices/" + id, member).expect(404);
            Await.until(Duration.ofSeconds(10), "/api/modules stops listing notices", () -> {
                JsonNode modules = http.get("/api/modules", null).expectJson(200).json();
                return Await.Check.of(!Distribution.listsModule(modules, "notices"), modules);
            });
            Await.until(Duration.ofSeconds(10), "search stops returning notice hits", () -> {
                JsonNode hits = http.get("/api/search?q=" + Http.encode("chuyen doi so") + "&limit=100", member)
                        .expectJson(200).json();
                boolean anyNotice = false;
                for (JsonNode h : hits) {
                    anyNotice |= "notice".equals(h.path("type").asText());
                }
                return Await.Check.of(!anyNotice, hits);
            });
            Distribution.sleep(1000);

            out = Shell.exec("feature:install " + FEATURE);
            Await.until(Duration.ofSeconds(60), "GET /api/notices answers 200 after feature:install (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/notices", member);
                        return Await.Check.of(r.status() == 200, r);
                    });
            assertTrue(Notices.inInbox(http, member, id).isPresent(),
                    "the notice sent before the uninstall is listed again");
            http.get("/api/notices/" + id, member).expectJson(200);
            assertTrue(Distribution.listsModule(http.get("/api/modules", null).expectJson(200).json(), "notices"),
                    "/api/modules lists notices again");
            Searches.awaitHit(http, member, "chuyen doi so", id);
            Distribution.sleep(1000); // some traffic after the change
        } finally {
            load.stop();
        }

        assertTrue(load.total.get() >= 20, "the load thread ran: " + load.total.get() + " requests");
        assertEquals(0, load.failed.get(), () -> "requests to the platform failed while notices came and went: "
                + load.failed.get() + " of " + load.total.get() + ", e.g. " + load.failures);

        Map<Long, String> bundlesAfter = bundles();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Long, String> e : bundlesBefore.entrySet()) {
            if (e.getValue().contains(BUNDLE)) {
                continue;
            }
            String after = bundlesAfter.get(e.getKey());
            if (!e.getValue().equals(after)) {
                changed.add("before: " + e.getValue() + " / after: " + after);
            }
        }
        for (Map.Entry<Long, String> e : bundlesAfter.entrySet()) {
            if (!bundlesBefore.containsKey(e.getKey()) && !e.getValue().contains(BUNDLE)) {
                changed.add("new bundle: " + e.getValue());
            }
        }
        assertTrue(changed.isEmpty(), "bundles other than " + BUNDLE + " changed: " + changed);
        assertTrue(bundlesAfter.values().stream().anyMatch(b -> b.contains(BUNDLE) && b.contains("Active")),
                "the notices bundle is active again: " + bundlesAfter.values());

        List<String> disturbed = disturbedBundles(dist.karafLogSince(logOffset));
        assertTrue(disturbed.isEmpty(), "karaf.log shows other bundles refreshed, stopped or restarted: " + disturbed);
    }

    // ---------------------------------------------------------------------------------------------

    /** {@code bundle:list -t 0 -s --no-format}: id → "id|state|level|version|symbolic name". */
    static Map<Long, String> bundles() {
        String out = Shell.exec("bundle:list -t 0 -s --no-format");
        Map<Long, String> byId = new TreeMap<>();
        for (String line : out.split("\\R")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                cols = line.trim().split("\\s*[│|]\\s*");
            }
            if (cols.length < 4 || !cols[0].trim().matches("\\d+")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String c : cols) {
                parts.add(c.trim());
            }
            byId.put(Long.parseLong(parts.get(0)), String.join("|", parts));
        }
        assertFalse(byId.isEmpty(), "could not read bundle:list output:\n" + out);
        return byId;
    }

    private static final Pattern SECTION = Pattern.compile("^\\s*(\\w+) bundles:\\s*$");
    private static final List<String> DISTURBING = List.of("Stopping", "Refreshing", "Restarting");

    /**
     * The bundles other than {@link #BUNDLE} listed by the features service under "Stopping
     * bundles:", "Refreshing bundles:" or "Restarting bundles:" in these karaf.log lines.
     */
    static List<String> disturbedBundles(List<String> lines) {
        List<String> out = new ArrayList<>();
        String section = null;
        for (String line : lines) {
            if (!line.contains("FeaturesServiceImpl")) {
                continue;
            }
            String message = message(line);
            Matcher m = SECTION.matcher(message);
            if (m.matches()) {
                section = m.group(1);
                continue;
            }
            if (!message.startsWith("  ")) {
                section = null;
                continue;
            }
            // an item is "<symbolic name>/<version>" and maybe a reason such as
            // "(Wired to sotay-notices-impl/... which is being refreshed)": judge the name only
            String name = message.trim().split("\\s+")[0];
            if (section != null && DISTURBING.contains(section) && !name.equals(BUNDLE)
                    && !name.startsWith(BUNDLE + "/")) {
                out.add(section + ": " + message.trim());
            }
        }
        return out;
    }

    /** The message of a karaf.log line: what follows the last " | " separator. */
    static String message(String line) {
        int i = line.lastIndexOf(" | ");
        return i < 0 ? line : line.substring(i + 3);
    }

    /** Continuous requests to platform endpoints (never the notices module) in the background. */
    static final class Load implements Runnable {
        final Http http;
        final String token;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong total = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private Thread thread;

        Load(Http base, String token) {
            this.http = new Http(base.base());
            this.token = token;
        }

        void start() {
            thread = new Thread(this, "hot-deploy-load");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(120_000);
        }

        @Override
        public void run() {
            while (running.get()) {
                call("/api/ping", null);
                call("/api/org/tree", token);
                Distribution.sleep(10);
            }
        }

        private void call(String path, String token) {
            total.incrementAndGet();
            try {
                Http.Response r = http.get(path, token);
                if (r.status() != 200) {
                    fail(r.toString());
                }
            } catch (RuntimeException e) {
                fail("GET " + path + ": " + e);
            }
        }

        private void fail(String what) {
            failed.incrementAndGet();
            if (failures.size() < 10) {
                failures.add(System.currentTimeMillis() + " " + what);
            }
        }
    }
}
