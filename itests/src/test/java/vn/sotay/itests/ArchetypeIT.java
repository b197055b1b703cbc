package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A province's own module, the way docs/adding-a-module.md tells it: {@code sotay-module-archetype}
 * generates it outside the repository ({@code mvn -o archetype:generate}), Maven builds it
 * ({@code mvn -o install}, its unit test included), its bundle and feature descriptor go into the
 * running distribution's {@code system/} repository, and {@code feature:repo-add} +
 * {@code feature:install} over SSH install it: {@code GET /api/<id>} answers a member's page, the
 * module is listed with its Vietnamese name, its menu entry and CMS screen are served. It leaves the
 * way it came ({@code feature:uninstall}, {@code feature:repo-remove}) before the authorisation
 * matrix (order 9) reads the OpenAPI document. Maven runs offline on this build's local repository
 * ({@code sotay.it.maven.repo.local}, {@code settings.localRepository} of the failsafe run).
 */
@Order(8)
class ArchetypeIT {
    /** Not a module id of the repository, so it can never collide with a real module. */
    static final String ID = "itkit";
    static final String FEATURE = "sotay-" + ID;
    static final String ARTIFACT = "sotay-" + ID + "-impl";
    static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void aGeneratedModuleBuildsInstallsServesAndLeaves() throws Exception {
        String version = required("sotay.it.version");
        Path work = Path.of(required("sotay.it.archetype.work"));
        deleteTree(work);
        Files.createDirectories(work);

        mvn(work, required("sotay.it.archetype.plugin"), "generate");
        Path module = work.resolve(ARTIFACT);
        assertTrue(Files.isRegularFile(module.resolve("src/main/feature/feature.xml")), "the module has its feature");
        mvn(module, null, "install");

        Distribution dist = Distribution.get();
        Path target = dist.home().resolve("system/vn/sotay/" + ARTIFACT + "/" + version);
        Files.createDirectories(target);
        Files.copy(module.resolve("target/" + ARTIFACT + "-" + version + ".jar"),
                target.resolve(ARTIFACT + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(module.resolve("target/feature/feature.xml"),
                target.resolve(ARTIFACT + "-" + version + "-features.xml"), StandardCopyOption.REPLACE_EXISTING);
        String repo = "mvn:vn.sotay/" + ARTIFACT + "/" + version + "/xml/features";

        Http http = dist.http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        http.get("/api/" + ID, member).expect(404);
        Shell.exec("feature:repo-add " + repo);
        try {
            String out = Shell.exec("feature:install " + FEATURE);
            Await.until(Duration.ofSeconds(60), "GET /api/" + ID + " answers 200 after feature:install (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/" + ID, member);
                        return Await.Check.of(r.status() == 200, r);
                    });
            JsonNode page = http.get("/api/" + ID + "?limit=5", member).expectJson(200).json();
            assertTrue(page.path("items").isArray() && page.has("next"), "a page: " + page);
            http.get("/api/" + ID, null).expect(401);

            JsonNode modules = http.get("/api/modules", null).expectJson(200).json();
            JsonNode listed = null;
            for (JsonNode m : modules) {
                listed = ID.equals(m.path("id").asText()) ? m : listed;
            }
            assertTrue(listed != null, "/api/modules lists " + ID + ": " + modules);
            assertEquals("Mô-đun " + ID, listed.path("name").asText(), "the Vietnamese default name");
            assertTrue(http.get("/api/menu", member).expectJson(200).body().contains("\"/" + ID + "\""),
                    "the menu has the module's entry");
            assertTrue(http.get("/cms/m/" + ID + "/screens.js", null).expect(200).body().contains("'/" + ID + "'"),
                    "the CMS serves the module's screen");
            assertTrue(http.get("/api/openapi.json", null).expectJson(200).body().contains("/" + ID),
                    "the module's operation is in the OpenAPI document while installed");
        } finally {
            Shell.run("feature:uninstall " + FEATURE);
            Shell.run("feature:repo-remove " + repo);
        }
        Await.until(Duration.ofSeconds(30), "GET /api/" + ID + " answers 404 after feature:uninstall", () -> {
            Http.Response r = http.get("/api/" + ID, member);
            return Await.Check.of(r.status() == 404, r);
        });
        Await.until(Duration.ofSeconds(10), "/api/modules stops listing " + ID, () -> {
            JsonNode m = http.get("/api/modules", null).expectJson(200).json();
            return Await.Check.of(!Distribution.listsModule(m, ID), m);
        });
        assertTrue(!http.get("/api/openapi.json", null).expectJson(200).body().contains("\"/" + ID),
                "the module's operations left the OpenAPI document");
    }

    /**
     * Runs this build's Maven offline on its local repository: {@code generate} (the archetype, with
     * the plugin version given) in {@code dir}, or a lifecycle phase of the project in {@code dir}.
     */
    static void mvn(Path dir, String pluginVersion, String goal) throws IOException, InterruptedException {
        String home = System.getProperty("sotay.it.maven.home", "");
        String exe = home.isEmpty() ? "mvn" : Path.of(home, "bin", "mvn").toString();
        List<String> cmd = new ArrayList<>(List.of(exe, "-o", "-B", "-ntp",
                "-Dmaven.repo.local=" + required("sotay.it.maven.repo.local")));
        if ("generate".equals(goal)) {
            cmd.addAll(List.of("org.apache.maven.plugins:maven-archetype-plugin:" + pluginVersion + ":generate",
                    "-DinteractiveMode=false", "-DarchetypeGroupId=vn.sotay",
                    "-DarchetypeArtifactId=sotay-module-archetype",
                    "-DarchetypeVersion=" + required("sotay.it.version"), "-DmoduleId=" + ID));
        } else {
            cmd.add(goal);
        }
        File log = dir.resolve("mvn-" + goal + ".log").toFile();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!p.waitFor(MAVEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish within " + MAVEN_TIMEOUT.toMinutes()
                    + " min:\n" + Distribution.tail(log.toPath(), 40));
        }
        assertEquals(0, p.exitValue(), () -> String.join(" ", cmd) + " failed in " + dir + ":\n"
                + Distribution.tail(log.toPath(), 60));
    }

    private static String required(String property) {
        String v = System.getProperty(property, "");
        if (v.isEmpty()) {
            throw new AssertionError("system property " + property + " is not set (itests/pom.xml, failsafe)");
        }
        return v;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
