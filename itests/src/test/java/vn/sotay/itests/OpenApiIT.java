package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void theDocumentValidatesAndEveryOperationHasAReadableUniqueIdAndItsRoles() {
        String raw = http.get("/api/openapi.json", null).expectJson(200).body();
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(raw, null, null);
        assertTrue(parsed.getOpenAPI() != null && parsed.getMessages().isEmpty(),
                "a valid OpenAPI 3 document: " + parsed.getMessages());
        JsonNode doc = http.get("/api/openapi.json", null).expectJson(200).json();
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.List<String> problems = new java.util.ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(v -> {
            JsonNode op = v.getValue();
            String id = op.path("operationId").asText("");
            String where = v.getKey().toUpperCase() + " " + p.getKey();
            if (!id.matches("[a-z][A-Za-z0-9]*") || !ids.add(id)) {
                problems.add(where + ": id " + id + " (lower camel case, unique)");
            }
            if (!op.path("x-sotay-roles").isArray()) {
                problems.add(where + ": no x-sotay-roles");
            }
            for (JsonNode param : op.path("parameters")) {
                if (param.path("schema").isMissingNode() || param.path("schema").isEmpty()) {
                    problems.add(where + ": untyped parameter " + param.path("name").asText());
                }
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        JsonNode inbox = doc.path("paths").path("/api/notices").path("get");
        assertEquals("listNotices", inbox.path("operationId").asText());
        assertEquals("#/components/schemas/NoticePage",
                inbox.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText());
        JsonNode limit = null;
        for (JsonNode p : inbox.path("parameters")) {
            if ("limit".equals(p.path("name").asText())) {
                limit = p.path("schema");
            }
        }
        assertTrue(limit != null && "integer".equals(limit.path("type").asText()) && limit.path("maximum").asInt() == 100,
                "limit is an integer 1..100: " + limit);
        JsonNode schemas = doc.path("components").path("schemas");
        for (String name : new String[] {"NoticePage", "ArticlePage", "DocumentPage", "Problem", "MemberStatus", "Role"}) {
            assertTrue(schemas.has(name), "schema " + name + ": " + schemas.fieldNames());
        }
        assertTrue(schemas.path("MemberStatus").path("description").asText().contains("Dự bị"),
                "enum values described: " + schemas.path("MemberStatus"));
        JsonNode send = doc.path("paths").path("/api/notices").path("post");
        assertEquals("[\"SECRETARY\",\"COMMITTEE\"]", send.path("x-sotay-roles").toString());
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
