package vn.sotay.itests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Plausible values for the OpenAPI schemas of /api/openapi.json (types, formats, enums, $ref). */
final class SchemaValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaValues() {
    }

    /** A value of {@code schema}: every property of an object filled, one item in an array. */
    static JsonNode example(Api api, JsonNode schema) {
        return example(api, schema, 0);
    }

    private static JsonNode example(Api api, JsonNode schema, int depth) {
        JsonNode s = api.resolve(schema);
        if (s == null || s.isMissingNode() || depth > 6) {
            return F.nullNode();
        }
        if (s.has("enum") && s.path("enum").size() > 0) {
            return s.path("enum").get(0);
        }
        switch (s.path("type").asText("object")) {
            case "string":
                return F.textNode(switch (s.path("format").asText("")) {
                    case "date-time" -> Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
                    case "date" -> "2026-01-15";
                    case "binary" -> "";
                    default -> "Kiểm thử";
                });
            case "integer":
                return F.numberNode(1);
            case "number":
                return F.numberNode(1.5);
            case "boolean":
                return F.booleanNode(false);
            case "array": {
                ArrayNode a = F.arrayNode();
                a.add(example(api, s.path("items"), depth + 1));
                return a;
            }
            default: {
                ObjectNode o = F.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    o.set(p.getKey(), example(api, p.getValue(), depth + 1));
                }
                return o;
            }
        }
    }

    /** The properties of an object schema (after $ref), empty for anything else. */
    static Map<String, JsonNode> properties(Api api, JsonNode schema) {
        JsonNode s = api.resolve(schema);
        java.util.LinkedHashMap<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (s != null) {
            s.path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), api.resolve(e.getValue())));
        }
        return out;
    }
}
