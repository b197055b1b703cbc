package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The public description of the API: OpenAPI 3 and the installed modules. */
@Order(2)
class OpenApiIT {
    private static Http http;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
    }

    @Test
    void openApiDescribesEveryInstalledEndpoint() {
        JsonNode doc = http.get("/api/openapi.json", null).expectJson(200).json();
        assertTrue(doc.path("openapi").asText("").startsWith("3."), "OpenAPI 3: " + doc.path("openapi"));
        assertFalse(doc.path("info").path("title").asText("").isBlank(), "info.title: " + doc.path("info"));
        JsonNode paths = doc.path("paths");
        for (String path : new String[] {"/api/auth/login", "/api/notices", "/api/search", "/api/org/tree"}) {
            assertTrue(paths.has(path), "paths has " + path + ": " + paths.fieldNames());
        }
        assertTrue(paths.path("/api/auth/login").has("post"), "login is a POST: " + paths.path("/api/auth/login"));
        assertTrue(paths.path("/api/notices").has("get") && paths.path("/api/notices").has("post"),
                "/api/notices has GET and POST: " + paths.path("/api/notices"));
    }

    @Test
    void modulesListNoticesWithAName() {
        JsonNode modules = http.get("/api/modules", null).expectJson(200).json();
        assertTrue(modules.isArray(), "a list: " + modules);
        JsonNode notices = null;
        for (JsonNode m : modules) {
            if ("notices".equals(m.path("id").asText())) {
                notices = m;
            }
        }
        assertTrue(notices != null, "notices installed: " + modules);
        assertFalse(notices.path("name").asText("").isBlank(), "module name: " + notices);
        assertFalse(notices.path("version").asText("").isBlank(), "module version: " + notices);
    }

    @Test
    void pingIsPublicJson() {
        JsonNode ping = http.get("/api/ping", null).expectJson(200).json();
        assertTrue("ok".equals(ping.path("status").asText()), "ping: " + ping);
    }
}
