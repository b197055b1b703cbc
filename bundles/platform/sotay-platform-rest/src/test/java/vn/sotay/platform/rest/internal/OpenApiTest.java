package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Page;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;

class OpenApiTest {
    public record Item(long id, String title) {
    }

    public record Create(String title) {
    }

    @Path("/")
    public static class Sample {
        @GET
        @Summary("Danh sách")
        public Page<Item> list(@QueryParam("cursor") String cursor, @Context SecurityContext sc) {
            return null;
        }

        @GET
        @Path("{id}")
        @Public
        public Item get(@PathParam("id") long id) {
            return null;
        }

        @POST
        public Item create(Create body, @Context SecurityContext sc) {
            return null;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsModulePathsParametersBodiesAndSchemas() {
        Map<String, Object> doc = OpenApi.document(Map.of("notices", List.of(Sample.class)), "1.0");
        assertEquals("3.0.3", doc.get("openapi"));
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertTrue(paths.containsKey("/api/notices"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/notices/{id}"));
        Map<String, Object> list = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/notices")).get("get");
        assertEquals("Danh sách", list.get("summary"));
        assertEquals(1, ((List<?>) list.get("parameters")).size(), "@Context is not a parameter");
        Map<String, Object> create = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/notices")).get("post");
        assertTrue(create.containsKey("requestBody"));
        List<Map<String, Object>> headers = (List<Map<String, Object>>) create.get("parameters");
        assertEquals("Idempotency-Key", headers.get(0).get("name"), "every authenticated POST documents the header");
        assertEquals("header", headers.get(0).get("in"));
        Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/notices/{id}")).get("get");
        assertEquals(List.of(), get.get("security"), "public operation");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertTrue(schemas.containsKey("Item") && schemas.containsKey("Create") && schemas.containsKey("Problem"));
    }
}
