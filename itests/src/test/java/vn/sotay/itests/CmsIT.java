package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CMS (issue 5): the browser session and its CSRF check over plain HTTP, the static shell and
 * the screens index, then every end-to-end scenario in headless Chromium ({@code e2e/cms.e2e.mjs},
 * node + playwright-core driving {@code /usr/bin/chromium}; {@code npm ci} runs in
 * {@code pre-integration-test}). The script asks for Karaf shell commands on stdout
 * ({@code @@shell <command>}); this class runs them over SSH and answers on stdin. It uninstalls and
 * reinstalls {@code sotay-news} and waits until news answers again, so the distribution is left as
 * found. The reviewer is a plain member the script makes a reviewer in the accounts screen (the
 * demo reviewer is locked by AuthIT). {@code -Dsotay.e2e.skip=true} skips the browser part.
 */
@Order(7)
class CmsIT {
    static final Duration E2E_TIMEOUT = Duration.ofMinutes(6);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void browserSessionIsAnHttpOnlyCookieWithCsrfProtection() throws Exception {
        Http http = Distribution.get().http();
        HttpResponse<String> login = send("POST", "/api/auth/session", Map.of("Content-Type", "application/json"),
                "{\"login\":\"" + Demo.SECRETARY_CELL_A + "\",\"password\":\"" + Demo.PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookie(cookies, "SOTAY_SESSION");
        String csrf = cookie(cookies, "SOTAY_CSRF");
        String sessionLine = cookies.stream().filter(c -> c.startsWith("SOTAY_SESSION=")).findFirst().orElseThrow();
        assertTrue(sessionLine.contains("HttpOnly") && sessionLine.contains("SameSite=Strict") && sessionLine.contains("Path=/"),
                sessionLine);
        String csrfLine = cookies.stream().filter(c -> c.startsWith("SOTAY_CSRF=")).findFirst().orElseThrow();
        assertFalse(csrfLine.contains("HttpOnly"), "page script must be able to read " + csrfLine);
        assertFalse(login.body().contains(session), "the session token must not be in the body: " + login.body());
        assertTrue(Http.JSON.readTree(login.body()).path("caller").path("grants").isArray(), login.body());

        String jar = "SOTAY_SESSION=" + session + "; SOTAY_CSRF=" + csrf;
        assertEquals(200, send("GET", "/api/auth/me", Map.of("Cookie", jar), null).statusCode());
        // unsafe method authenticated by the cookie: no header / a wrong header → 403 problem+json
        for (Map<String, String> headers : List.of(Map.of("Cookie", jar, "Content-Type", "application/json"),
                Map.of("Cookie", jar, "Content-Type", "application/json", "X-CSRF-Token", "wrong-" + csrf))) {
            HttpResponse<String> r = send("POST", "/api/notices", headers, "{}");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Http.PROBLEM_JSON), r.headers().map().toString());
            assertTrue(Http.JSON.readTree(r.body()).path("detail").asText().contains("CSRF"), r.body());
        }
        // with the echoed token the request gets through authentication (and fails validation: 400)
        HttpResponse<String> ok = send("POST", "/api/notices", Map.of("Cookie", jar, "Content-Type", "application/json",
                "X-CSRF-Token", csrf), "{}");
        assertEquals(400, ok.statusCode(), ok.body());
        // bearer clients are unaffected: no CSRF header needed
        String bearer = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        http.post("/api/notices", bearer, "{}").expectProblem(400);

        // logout revokes the session server-side and expires both cookies
        HttpResponse<String> out = send("DELETE", "/api/auth/session", Map.of("Cookie", jar, "X-CSRF-Token", csrf), null);
        assertEquals(204, out.statusCode(), out.body());
        assertTrue(out.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("Max-Age=0")),
                out.headers().allValues("Set-Cookie").toString());
        HttpResponse<String> after = send("GET", "/api/auth/me", Map.of("Cookie", jar), null);
        assertEquals(401, after.statusCode(), after.body());
    }

    @Test
    void theShellAndTheModulesScreensAreServedUnderCms() throws Exception {
        HttpResponse<String> shell = send("GET", "/cms/", Map.of(), null);
        assertEquals(200, shell.statusCode());
        assertTrue(shell.body().contains("Sổ Tay"), shell.body());
        assertTrue(shell.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(302, send("GET", "/cms", Map.of(), null).statusCode());
        JsonNode index = Http.JSON.readTree(send("GET", "/cms/m/index.json", Map.of(), null).body());
        for (String id : List.of("platform", "news", "notices")) {
            assertTrue(index.has(id), "screens of " + id + " in " + index);
            HttpResponse<String> js = send("GET", "/cms/m/" + id + "/screens.js", Map.of(), null);
            assertEquals(200, js.statusCode(), id);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(js.body().contains("export const routes"), id);
        }
        HttpResponse<String> escape = send("GET", "/cms/m/news/..%2F..%2FMETA-INF%2FMANIFEST.MF", Map.of(), null);
        assertTrue(escape.statusCode() == 404 || escape.statusCode() == 400, escape.statusCode() + " " + escape.body());
        assertEquals(404, send("GET", "/cms/m/nothing/screens.js", Map.of(), null).statusCode());
    }

    @Test
    void theCmsItselfIsHotDeployable() {
        Http http = Distribution.get().http();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        assertTrue(http.get("/api/menu", admin).expectJson(200).body().contains("platform.import"));
        // /api keeps answering while the CMS leaves: its pages live in the platform's servlet context
        // (vn.sotay.spi.web.WebServlet), so Pax Web never restarts the Jetty context under /api
        java.util.concurrent.ConcurrentLinkedQueue<String> blips = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                try {
                    HttpResponse<String> r = send("GET", "/api/ping", Map.of(), null);
                    if (r.statusCode() != 200) {
                        blips.add(r.statusCode() + " " + r.body());
                    }
                    Thread.sleep(5);
                } catch (RuntimeException e) {
                    blips.add(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cms-it-api-watcher");
        watcher.start();
        try {
            Shell.exec("feature:uninstall sotay-cms");
            Await.until(Duration.ofSeconds(30), "/cms/ answers 404 after feature:uninstall sotay-cms", () -> {
                HttpResponse<String> r = send("GET", "/cms/", Map.of(), null);
                return Await.Check.of(r.statusCode() == 404, r.statusCode());
            });
            watching.set(false);
            join(watcher);
            assertTrue(blips.isEmpty(), "/api/ping answered otherwise while the CMS was uninstalled: " + blips);
            Http.Response menu = http.get("/api/menu", admin).expectJson(200);
            assertFalse(menu.body().contains("platform.import"), "the CMS's own menu entries went: " + menu.body());
            assertTrue(menu.body().contains("news.feed"), "the modules' entries stay: " + menu.body());
            http.get("/api/notices", admin).expectJson(200);
        } finally {
            watching.set(false);
            Shell.exec("feature:install sotay-cms");
        }
        Await.until(Duration.ofSeconds(30), "/cms/ answers again", () -> {
            HttpResponse<String> r = send("GET", "/cms/", Map.of(), null);
            return Await.Check.of(r.statusCode() == 200, r.statusCode());
        });
        Await.until(Duration.ofSeconds(10), "/cms/m/index.json lists news, notices and platform again", () -> {
            String index = send("GET", "/cms/m/index.json", Map.of(), null).body();
            return Await.Check.of(index.contains("news") && index.contains("notices") && index.contains("platform"), index);
        });
    }

    @Test
    void endToEndInHeadlessChromium() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("sotay.e2e.skip"), "sotay.e2e.skip=true");
        Path e2e = Path.of(System.getProperty("basedir", ".")).resolve("e2e").toAbsolutePath();
        String chromium = System.getProperty("sotay.e2e.chromium", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            fail("The CMS end-to-end tests need Chromium at " + chromium + " (Debian: apt-get install -y chromium; "
                    + "./test.sh installs it as root or with passwordless sudo). Skip them with -Dsotay.e2e.skip=true.");
        }
        if (!Files.isDirectory(e2e.resolve("node_modules/playwright-core"))) {
            fail("playwright-core is not installed in " + e2e + " (npm ci runs in pre-integration-test)");
        }
        Http http = Distribution.get().http();
        Path shots = Path.of(System.getProperty("sotay.cms.screenshots", "target/cms-screenshots")).toAbsolutePath();

        ProcessBuilder pb = new ProcessBuilder("node", "cms.e2e.mjs", http.base(), shots.toString())
                .directory(e2e.toFile()).redirectErrorStream(true);
        pb.environment().put("CHROMIUM", chromium);
        Process node = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!node.waitFor(E2E_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.destroyForcibly();
            }
        }, "cms-e2e-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new java.io.OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line; (line = out.readLine()) != null;) {
                output.append(line).append('\n');
                System.out.println("[cms e2e] " + line);
                if (line.startsWith("@@shell ")) {
                    Shell.Result r = Shell.run(line.substring(8));
                    output.append("   → ").append(r.ok() ? "ok" : "failed: " + r.output().strip()).append('\n');
                    in.write(r.ok() ? "@@ok\n" : "@@fail " + r.output().replace('\n', ' ') + "\n");
                    in.flush();
                }
            }
        } finally {
            // leave the distribution as found: news installed and answering
            if (!Shell.run("feature:list -i | grep sotay-news").out().contains("sotay-news")) {
                Shell.exec("feature:install sotay-news");
            }
            String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
            Await.until(Duration.ofSeconds(60), "GET /api/news answers again", () -> {
                Http.Response r = http.get("/api/news", member);
                return Await.Check.of(r.status() == 200, r);
            });
        }
        int exit = node.waitFor(30, TimeUnit.SECONDS) ? node.exitValue() : -1;
        if (exit != 0) {
            fail("CMS end-to-end scenarios failed (node exit " + exit + "):\n" + output);
        }
        assertTrue(output.toString().contains("all scenarios passed"), output.toString());
        for (String name : List.of("login", "platform-accounts", "news-editor", "news-review", "notices-stats", "platform-import", "menu-without-news")) {
            assertTrue(Files.size(shots.resolve(name + ".png")) > 1000, "screenshot " + name);
        }
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Distribution.get().http().base() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElseThrow(() -> new AssertionError(
                        "no " + name + " cookie in " + setCookies));
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
