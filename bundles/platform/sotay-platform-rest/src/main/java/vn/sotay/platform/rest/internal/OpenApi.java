package vn.sotay.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Role;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/**
 * Builds the OpenAPI 3 document from the JAX-RS annotations of the published resources and the
 * platform's own ({@code vn.sotay.api.rest}: {@link OperationId}, {@link Summary}, {@link Roles},
 * {@link Returns}, {@link Description}, {@link Public}); schemas by {@link OpenApiSchemas}, parameters by
 * {@link OpenApiParams}. No annotation library: records, enums, lists and {@code Page} are all the
 * API uses. The output depends only on the set of resources, never on the order they arrived in.
 */
public final class OpenApi {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApi.class);

    /** The roles of an operation without {@link Roles}: any signed-in caller. */
    static final String AUTHENTICATED = "AUTHENTICATED";

    private final OpenApiSchemas schemas;
    private final Map<String, Integer> ids = new HashMap<>();
    private final boolean log;

    private OpenApi(OpenApiSchemas schemas, boolean log) {
        this.schemas = schemas;
        this.log = log;
    }

    /** The document for {@code resources} (module id → resource classes). */
    public static Map<String, Object> document(Map<String, List<Class<?>>> resources, String version) {
        OpenApiSchemas first = OpenApiSchemas.collect();
        new OpenApi(first, false).build(resources, version);
        return new OpenApi(OpenApiSchemas.named(first), true).build(resources, version);
    }

    private Map<String, Object> build(Map<String, List<Class<?>>> resources, String version) {
        Map<String, Object> paths = new TreeMap<>();
        List<String> modules = new ArrayList<>(resources.keySet());
        modules.sort(Comparator.comparing((String m) -> !SotayModule.PLATFORM.equals(m)).thenComparing(m -> m));
        for (String module : modules) {
            schemas.module(module);
            List<Class<?>> classes = new ArrayList<>(resources.get(module));
            classes.sort(Comparator.comparing(Class::getName));
            for (Class<?> c : classes) {
                String base = ApiPaths.ALIAS + ApiPaths.basePath(module) + segment(c.getAnnotation(Path.class));
                List<Method> methods = new ArrayList<>(Arrays.asList(c.getMethods()));
                methods.sort(Comparator.comparing(Method::toGenericString));
                for (Method m : methods) {
                    String verb = verb(m);
                    if (verb != null) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(
                                norm(base + segment(m.getAnnotation(Path.class))), k -> new TreeMap<>());
                        item.put(verb, operation(module, c, m, verb));
                    }
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Sổ Tay API", "version", version,
                "description", "REST API của Sổ tay đảng viên điện tử: mọi phân hệ đang cài đặt. Mỗi thao tác ghi "
                        + "vai trò cần có trong `x-sotay-roles` (AUTHENTICATED: mọi người đã đăng nhập; danh sách rỗng: "
                        + "không cần đăng nhập); `x-sotay-shared`: câu trả lời có thể được phục vụ lại từ bộ nhớ đệm (kèm ETag); "
                        + "`x-sotay-urgency`: mức ưu tiên khi quá tải (DEFERRABLE bị từ chối 503 trước, VITAL không bao giờ); "
                        + "lỗi theo RFC 7807 (`Problem`)."));
        doc.put("paths", paths);
        OpenApiParams.problem(schemas.components());
        doc.put("components", Map.of("schemas", schemas.components(), "securitySchemes",
                Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
        doc.put("security", List.of(Map.of("bearer", List.of())));
        return doc;
    }

    private Map<String, Object> operation(String module, Class<?> c, Method m, String verb) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(module));
        op.put("operationId", operationId(module, m));
        Summary s = m.getAnnotation(Summary.class);
        if (s != null) {
            op.put("summary", s.value());
        }
        Description d = m.getAnnotation(Description.class);
        if (d != null && !d.value().isEmpty()) {
            op.put("description", d.value());
        }
        boolean anonymous = m.isAnnotationPresent(Public.class) || c.isAnnotationPresent(Public.class);
        if (anonymous) {
            op.put("security", List.of());
        }
        roles(op, anonymous, m.getAnnotation(Roles.class) != null ? m.getAnnotation(Roles.class)
                : c.getAnnotation(Roles.class));
        SharedAnswer shared = m.getAnnotation(SharedAnswer.class);
        if (shared != null) {
            op.put("x-sotay-shared", Map.of("sharing", shared.value().name(), "seconds", shared.seconds()));
        }
        Urgency urgency = m.getAnnotation(Urgency.class) != null ? m.getAnnotation(Urgency.class) : c.getAnnotation(Urgency.class);
        op.put("x-sotay-urgency", urgency == null ? Urgency.Level.NORMAL.name() : urgency.value().name());
        List<Object> params = new ArrayList<>();
        Annotation[][] annotations = m.getParameterAnnotations();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            String in = null;
            String name = null;
            Description doc = null;
            boolean context = false;
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam p) {
                    in = "path";
                    name = p.value();
                } else if (a instanceof QueryParam q) {
                    in = "query";
                    name = q.value();
                } else if (a instanceof Description x) {
                    doc = x;
                } else if (a instanceof Context || a instanceof javax.ws.rs.container.Suspended
                        || a.annotationType().getSimpleName().endsWith("Param")) {
                    context = true;
                }
            }
            if (in != null) {
                params.add(OpenApiParams.parameter(schemas, name, in, types[i], doc));
            } else if (!context) {
                Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class)
                        : c.getAnnotation(Consumes.class);
                String mt = consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
                boolean stream = java.io.InputStream.class.equals(types[i]);
                op.put("requestBody", Map.of("required", true, "content", Map.of(
                        stream && MediaType.WILDCARD.equals(mt) ? MediaType.APPLICATION_OCTET_STREAM : mt,
                        Map.of("schema", stream ? Map.of("type", "string", "format", "binary") : schemas.schema(types[i])))));
            }
        }
        if ("post".equals(verb) && !anonymous) {
            params.add(OpenApiParams.IDEMPOTENCY_KEY);
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        op.put("responses", responses(c, m));
        return op;
    }

    /** {@link OperationId}, or {@code <module><Method>} (logged); a duplicate gets a suffix (logged). */
    private String operationId(String module, Method m) {
        OperationId id = m.getAnnotation(OperationId.class);
        String out = id != null ? id.value() : module + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
        if (id == null && log) {
            LOG.warn("{}.{} has no @OperationId; published as {}", m.getDeclaringClass().getName(), m.getName(), out);
        }
        int seen = ids.merge(out, 1, Integer::sum);
        if (seen > 1) {
            if (log) {
                LOG.error("Operation id {} is used twice ({}.{}); published as {}{}", out,
                        m.getDeclaringClass().getName(), m.getName(), out, seen);
            }
            out = out + seen;
        }
        return out;
    }

    private static void roles(Map<String, Object> op, boolean anonymous, Roles roles) {
        if (anonymous) {
            op.put("x-sotay-roles", List.of());
        } else if (roles == null) {
            op.put("x-sotay-roles", List.of(AUTHENTICATED));
        } else {
            op.put("x-sotay-roles", Arrays.stream(roles.value()).map(Role::name).toList());
            if (!roles.over().isEmpty()) {
                op.put("x-sotay-scope", roles.over());
            }
        }
    }

    private Map<String, Object> responses(Class<?> c, Method m) {
        Type ret = m.getGenericReturnType();
        Map<String, Object> responses = new LinkedHashMap<>();
        Returns r = m.getAnnotation(Returns.class);
        Produces produced = m.getAnnotation(Produces.class);
        if (produced != null && List.of(produced.value()).contains("text/event-stream")) {
            responses.put("200", Map.of("description", "Luồng Server-Sent Events", "content",
                    Map.of("text/event-stream", Map.of("schema", Map.of("type", "string")))));
        } else if (ret == void.class || r != null && r.value() == Void.class) {
            responses.put(r != null && r.status() != 200 ? String.valueOf(r.status()) : "204",
                    Map.of("description", "Thành công"));
        } else if (r != null) {
            Map<String, Object> schema = r.value() == byte[].class ? Map.of("type", "string", "format", "binary")
                    : r.page() ? schemas.page(r.value()) : schemas.schema(r.value());
            responses.put(String.valueOf(r.status()), Map.of("description", "Thành công",
                    "content", Map.of(r.mediaType(), Map.of("schema", schema))));
        } else if (ret == javax.ws.rs.core.Response.class) {
            responses.put("2XX", Map.of("description", "Thành công"));
        } else {
            Produces p = m.getAnnotation(Produces.class) != null ? m.getAnnotation(Produces.class)
                    : c.getAnnotation(Produces.class);
            String mt = p == null || p.value()[0].contains("*") ? MediaType.APPLICATION_JSON : p.value()[0];
            responses.put("200", Map.of("description", "Thành công",
                    "content", Map.of(mt, Map.of("schema", schemas.schema(ret)))));
        }
        responses.put("default", Map.of("description", "Lỗi (RFC 7807)", "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        return responses;
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
