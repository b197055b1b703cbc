package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operations the running distribution serves, read from {@code GET /api/openapi.json}: what the
 * authorisation matrix and the fuzz test iterate over, so that a module installed tomorrow joins
 * both without anyone writing a test for it.
 */
final class Api {
    /** A parameter of an operation ({@code in} is {@code path} or {@code query}). */
    record Param(String name, String in, boolean required, JsonNode schema) {
        boolean inPath() {
            return "path".equals(in);
        }
    }

    /**
     * One operation: {@code method} upper case, {@code path} as the document spells it
     * ({@code /api/news/articles/{id}}), {@code isPublic} when it declares no security (the
     * {@code @Public} methods), the request body's media type and schema when it takes one.
     */
    record Operation(String method, String path, boolean isPublic, List<Param> params, String bodyType,
            JsonNode bodySchema) {
        /** {@code METHOD /api/path/{template}}: how the matrix table names the operation. */
        String key() {
            return method + " " + path;
        }

        List<Param> pathParams() {
            return params.stream().filter(Param::inPath).toList();
        }

        boolean hasBody() {
            return bodyType != null;
        }

        boolean jsonBody() {
            return bodyType != null && bodyType.contains("json");
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;

    private Api(JsonNode document) {
        this.document = document;
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = p.getValue().fields(); verbs.hasNext();) {
                Map.Entry<String, JsonNode> v = verbs.next();
                ops.add(operation(v.getKey().toUpperCase(), p.getKey(), v.getValue()));
            }
        }
        this.operations = List.copyOf(ops);
    }

    /** The document the distribution serves now (anonymous: it is public). */
    static Api read(Http http) {
        return of(http.get("/api/openapi.json", null).expectJson(200).json());
    }

    /** The operations of an OpenAPI document. */
    static Api of(JsonNode doc) {
        assertTrue(doc.path("paths").isObject() && doc.path("paths").size() > 0, "no paths in /api/openapi.json: " + doc);
        return new Api(doc);
    }

    List<Operation> operations() {
        return operations;
    }

    /** {@code schema} with a {@code $ref} to {@code #/components/schemas/X} replaced by X (one level). */
    JsonNode resolve(JsonNode schema) {
        String ref = schema == null ? "" : schema.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return schema;
        }
        JsonNode n = document;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        assertTrue(!n.isMissingNode(), "dangling $ref " + ref + " in /api/openapi.json");
        return n;
    }

    /** Keys of the operations whose answers the answer cache may serve again ({@code x-sotay-shared}). */
    java.util.Set<String> shared() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(v -> {
            if (v.getValue().has("x-sotay-shared")) {
                out.add(v.getKey().toUpperCase() + " " + p.getKey());
            }
        }));
        return out;
    }

    private static Operation operation(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false),
                    p.path("schema")));
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> c = content.next();
            bodyType = c.getKey();
            bodySchema = c.getValue().path("schema");
        }
        boolean isPublic = op.has("security") && op.path("security").isArray() && op.path("security").isEmpty();
        return new Operation(method, path, isPublic, List.copyOf(params), bodyType, bodySchema);
    }
}
