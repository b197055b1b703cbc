package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Page;
import vn.sotay.api.Role;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;

class OpenApiTest {
    public record Item(long id, String title) {
    }

    public record Create(String title) {
    }

    /** A record of the same simple name as another module's. */
    public static final class Other {
        public record Item(String name) {
        }

        @Path("other")
        public static class OtherResource {
            @GET
            @OperationId("listOtherItems")
            public List<Item> list() {
                return null;
            }
        }
    }

    public enum Colour {
        @Description("Đỏ: đang chờ") RED,
        BLUE;

        public String label() {
            return this == RED ? "Đỏ" : "Xanh";
        }
    }

    public record Paint(@Description("Màu của sơn") Colour colour, int coats, List<Layer> layers) {
        public record Layer(int order) {
        }
    }

    @Path("/")
    public static class Sample {
        @GET
        @Summary("Danh sách")
        @OperationId("listItems")
        public Page<Item> list(@QueryParam("cursor") String cursor, @Context SecurityContext sc) {
            return null;
        }

        @GET
        @Path("{id}")
        @Public
        @OperationId("getItem")
        public Item get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @OperationId("createItem")
        @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "audienceOrgId")
        public Item create(Create body, @Context SecurityContext sc) {
            return null;
        }

        @GET
        @Path("paints")
        @OperationId("listPaints")
        public List<Paint> paints(@Description(type = "date") @QueryParam("from") String from,
                @Description(values = Colour.class) @QueryParam("colour") String colour, @QueryParam("limit") String limit) {
            return null;
        }

        @POST
        @Path("duplicate")
        @OperationId("listItems")
        public void duplicate() {
        }

        @PUT
        @Path("{id}")
        public void unnamed(@PathParam("id") long id) {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> op(Map<String, Object> doc, String path, String verb) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("paths")).get(path)).get(verb);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas(Map<String, Object> doc) {
        return (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    }

    @Test
    @SuppressWarnings("unchecked")
    void operationIdsRolesPagesAndTypedParameters() {
        Map<String, Object> doc = OpenApi.document(Map.of("notices", List.of(Sample.class)), "1.0");
        assertEquals("listItems", op(doc, "/api/notices", "get").get("operationId"));
        assertEquals("createItem", op(doc, "/api/notices", "post").get("operationId"));
        assertEquals("listItems2", op(doc, "/api/notices/duplicate", "post").get("operationId"), "a duplicate is told apart");
        assertEquals("noticesUnnamed", op(doc, "/api/notices/{id}", "put").get("operationId"), "the fallback");
        assertEquals(List.of("EDITOR", "COMMITTEE"), op(doc, "/api/notices", "post").get("x-sotay-roles"));
        assertEquals("audienceOrgId", op(doc, "/api/notices", "post").get("x-sotay-scope"));
        assertEquals(List.of(), op(doc, "/api/notices/{id}", "get").get("x-sotay-roles"), "public");
        assertEquals(List.of("AUTHENTICATED"), op(doc, "/api/notices", "get").get("x-sotay-roles"));
        Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) op(doc, "/api/notices", "get")
                .get("responses")).get("200");
        assertEquals("{application/json={schema={$ref=#/components/schemas/ItemPage}}}", ok.get("content").toString());
        Map<String, Object> page = (Map<String, Object>) schemas(doc).get("ItemPage");
        assertEquals("{type=array, items={$ref=#/components/schemas/Item}}",
                new java.util.TreeMap<>((Map<String, Object>) ((Map<String, Object>) page.get("properties")).get("items"))
                        .descendingMap().toString());
        List<Map<String, Object>> params = (List<Map<String, Object>>) op(doc, "/api/notices/paints", "get").get("parameters");
        assertEquals(Map.of("type", "string", "format", "date"), params.get(0).get("schema"));
        assertEquals(List.of("RED", "BLUE"), ((Map<String, Object>) params.get(1).get("schema")).get("enum"));
        Map<String, Object> limit = (Map<String, Object>) params.get(2).get("schema");
        assertEquals("integer", limit.get("type"));
        assertEquals(1, limit.get("minimum"));
        assertEquals(100, limit.get("maximum"));
        Map<String, Object> colour = (Map<String, Object>) schemas(doc).get("Colour");
        assertEquals(List.of("Đỏ: đang chờ", "Xanh"), colour.get("x-enum-descriptions"), "@Description, else label()");
        Map<String, Object> paint = (Map<String, Object>) schemas(doc).get("Paint");
        assertEquals(List.of("coats"), paint.get("required"), "primitives are required");
        assertTrue(schemas(doc).containsKey("PaintLayer"), "a record nested in a record: " + schemas(doc).keySet());
        assertTrue(schemas(doc).containsKey("Problem") && schemas(doc).containsKey("ProblemError"));
    }

    @Test
    void sameSimpleNamesAreToldApartByModuleWhateverTheOrder() {
        Map<String, List<Class<?>>> resources = new java.util.LinkedHashMap<>();
        resources.put("other", List.of(Other.OtherResource.class));
        resources.put("notices", List.of(Sample.class));
        Map<String, Object> a = OpenApi.document(resources, "1.0");
        Map<String, List<Class<?>>> reversed = new java.util.LinkedHashMap<>();
        reversed.put("notices", List.of(Sample.class));
        reversed.put("other", List.of(Other.OtherResource.class));
        assertEquals(a, OpenApi.document(reversed, "1.0"), "the document does not depend on arrival order");
        assertTrue(schemas(a).containsKey("NoticesItem") && schemas(a).containsKey("OtherItem"), schemas(a).keySet().toString());
    }

    @Test
    void thePlatformKeepsItsPlainNamesWhateverAModuleBrings() {
        Map<String, List<Class<?>>> resources = new java.util.LinkedHashMap<>();
        resources.put("platform", List.of(Sample.class));
        resources.put("other", List.of(Other.OtherResource.class));
        Map<String, Object> doc = OpenApi.document(resources, "1.0");
        assertTrue(schemas(doc).containsKey("Item") && schemas(doc).containsKey("OtherItem"), schemas(doc).keySet().toString());
    }
}
