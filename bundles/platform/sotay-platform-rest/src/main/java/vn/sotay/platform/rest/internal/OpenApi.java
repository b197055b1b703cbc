package vn.sotay.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;

/**
 * Builds the OpenAPI 3 document from the JAX-RS annotations of the published resources (no
 * annotation library: records, enums, lists and {@code Page} are all the API uses).
 */
public final class OpenApi {
    private final Map<String, Object> schemas = new TreeMap<>();

    /** The header every authenticated POST takes (docs/rest-api.md, "Idempotency-Key"). */
    static final Map<String, Object> IDEMPOTENCY_KEY = Map.of("name", Idempotency.HEADER, "in", "header",
            "required", false, "schema", Map.of("type", "string", "minLength", 1, "maxLength", Idempotency.MAX_KEY),
            "description", "Khóa chống gửi lặp (1–128 ký tự ASCII in được): cùng khóa và cùng yêu cầu trong 24 giờ "
                    + "trả lại câu trả lời đầu tiên (kèm Idempotent-Replayed: true) thay vì tạo đối tượng thứ hai; "
                    + "cùng khóa với yêu cầu khác: 422; khi yêu cầu đầu còn đang chạy: 409 kèm Retry-After.");

    /** The document for {@code resources} (module id → resource classes). */
    public static Map<String, Object> document(Map<String, List<Class<?>>> resources, String version) {
        return new OpenApi().build(resources, version);
    }

    private Map<String, Object> build(Map<String, List<Class<?>>> resources, String version) {
        Map<String, Object> paths = new TreeMap<>();
        resources.forEach((module, classes) -> {
            for (Class<?> c : classes) {
                String base = "/api" + RestBridge.basePath(module) + segment(c.getAnnotation(Path.class));
                for (Method m : c.getMethods()) {
                    String verb = verb(m);
                    if (verb != null) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(
                                norm(base + segment(m.getAnnotation(Path.class))), k -> new TreeMap<>());
                        item.put(verb, operation(module, c, m));
                    }
                }
            }
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Sổ Tay API", "version", version,
                "description", "REST API của Sổ tay đảng viên điện tử: mọi phân hệ đang cài đặt."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas, "securitySchemes",
                Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        doc.put("security", List.of(Map.of("bearer", List.of())));
        return doc;
    }

    private Map<String, Object> operation(String module, Class<?> c, Method m) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(module));
        op.put("operationId", module + "." + c.getSimpleName() + "." + m.getName());
        Summary s = m.getAnnotation(Summary.class);
        if (s != null) {
            op.put("summary", s.value());
        }
        if (m.isAnnotationPresent(Public.class) || c.isAnnotationPresent(Public.class)) {
            op.put("security", List.of());
        }
        List<Object> params = new java.util.ArrayList<>();
        Annotation[][] annotations = m.getParameterAnnotations();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            String in = null;
            String name = null;
            boolean context = false;
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam p) {
                    in = "path";
                    name = p.value();
                } else if (a instanceof QueryParam q) {
                    in = "query";
                    name = q.value();
                } else if (a instanceof Context || a instanceof javax.ws.rs.container.Suspended
                        || a.annotationType().getSimpleName().endsWith("Param")) {
                    context = true;
                }
            }
            if (in != null) {
                params.add(Map.of("name", name, "in", in, "required", "path".equals(in), "schema", schema(types[i])));
            } else if (!context) {
                Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class)
                        : c.getAnnotation(Consumes.class);
                String mt = consumes == null ? "application/json" : consumes.value()[0];
                op.put("requestBody", Map.of("required", true, "content", Map.of(mt,
                        Map.of("schema", java.io.InputStream.class.equals(types[i])
                                ? Map.of("type", "string", "format", "binary") : schema(types[i])))));
            }
        }
        boolean anonymous = m.isAnnotationPresent(Public.class) || c.isAnnotationPresent(Public.class);
        if ("post".equals(verb(m)) && !anonymous) {
            params.add(IDEMPOTENCY_KEY);
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Type ret = m.getGenericReturnType();
        Map<String, Object> responses = new LinkedHashMap<>();
        Produces produces = m.getAnnotation(Produces.class);
        if (produces != null && List.of(produces.value()).contains("text/event-stream")) {
            responses.put("200", Map.of("description", "Luồng Server-Sent Events", "content",
                    Map.of("text/event-stream", Map.of("schema", Map.of("type", "string")))));
        } else if (ret == void.class) {
            responses.put("204", Map.of("description", "Thành công"));
        } else if (ret == javax.ws.rs.core.Response.class) {
            responses.put("2XX", Map.of("description", "Thành công"));
        } else {
            responses.put("200", Map.of("description", "Thành công",
                    "content", Map.of("application/json", Map.of("schema", schema(ret)))));
        }
        responses.put("default", Map.of("description", "Lỗi (RFC 7807)", "content",
                Map.of("application/problem+json", Map.of("schema", problem()))));
        op.put("responses", responses);
        return op;
    }

    private Map<String, Object> problem() {
        schemas.computeIfAbsent("Problem", k -> Map.of("type", "object", "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"), "errors", Map.of("type", "array", "items", Map.of("type", "object",
                        "properties", Map.of("line", Map.of("type", "integer"), "field", Map.of("type", "string"),
                                "message", Map.of("type", "string")))))));
        return Map.of("$ref", "#/components/schemas/Problem");
    }

    private Map<String, Object> schema(Type t) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(arg));
            }
            if (Optional.class.equals(raw)) {
                return schema(arg);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1]));
            }
            if ("Page".equals(raw.getSimpleName())) {
                return Map.of("type", "object", "properties", Map.of("items", Map.of("type", "array", "items", schema(arg)),
                        "next", Map.of("type", "string", "nullable", true)));
            }
            return schema(raw);
        }
        Class<?> c = t instanceof Class<?> k ? k : Object.class;
        if (c == String.class || c == char.class) {
            return Map.of("type", "string");
        }
        if (c == long.class || c == Long.class || c == int.class || c == Integer.class) {
            return Map.of("type", "integer", "format", c == int.class || c == Integer.class ? "int32" : "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", java.util.Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> props = new TreeMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", props));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value().toLowerCase();
            }
        }
        return null;
    }

    private static String segment(Path p) {
        if (p == null || p.value().isEmpty() || "/".equals(p.value())) {
            return "";
        }
        String v = p.value().replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return v.startsWith("/") ? v : "/" + v;
    }

    private static String norm(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
