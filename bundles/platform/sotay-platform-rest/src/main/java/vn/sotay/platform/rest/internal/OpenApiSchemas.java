package vn.sotay.platform.rest.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.sotay.api.rest.Description;

/**
 * The {@code components/schemas} of the OpenAPI document: every record and enum a resource takes or
 * answers is a named schema referenced by {@code $ref}; {@code Page<T>} is the schema
 * {@code <T>Page} (a trailing {@code Item} dropped: {@code Page<NoticeItem>} is {@code NoticePage}).
 *
 * <p>Names are the classes' simple names (a record nested in a record after both:
 * {@code NoticeStatsChild}). Two classes of the same simple name (two modules'
 * {@code CommentRequest}) are told apart by their module: {@code NewsCommentRequest}; a class of
 * the platform (its API or its own resources) keeps its plain name, whatever a module brings. The names depend only on the set of installed modules,
 * never on the order their resources arrived in: the document is built twice, the first pass only
 * collects the classes ({@link #collect}).
 */
final class OpenApiSchemas {
    /** Collected in the first pass: simple name → classes, class → the first module that used it. */
    private final Map<String, Set<Class<?>>> bySimpleName = new HashMap<>();
    private final Map<Class<?>, String> moduleOf = new HashMap<>();
    /** Decided after the first pass; empty during it. */
    private final Map<Class<?>, String> names;
    private final Map<String, Object> schemas = new TreeMap<>();
    private String module = "platform";

    private OpenApiSchemas(Map<Class<?>, String> names) {
        this.names = names;
    }

    /** A builder that only collects the classes (first pass). */
    static OpenApiSchemas collect() {
        return new OpenApiSchemas(Map.of());
    }

    /** A builder naming the classes {@code first} collected (second pass). */
    static OpenApiSchemas named(OpenApiSchemas first) {
        Map<Class<?>, String> names = new HashMap<>();
        first.bySimpleName.forEach((simple, classes) -> {
            for (Class<?> c : classes) {
                boolean platform = c.getName().startsWith("vn.sotay.api.") || "platform".equals(first.moduleOf.get(c));
                names.put(c, classes.size() == 1 || platform ? simple : capitalise(first.moduleOf.get(c)) + simple);
            }
        });
        return new OpenApiSchemas(names);
    }

    /** The module whose resources are described next (the owner of classes seen first now). */
    void module(String id) {
        this.module = id;
    }

    Map<String, Object> components() {
        return schemas;
    }

    /** The schema of a Java type (records and enums by {@code $ref}). */
    Map<String, Object> schema(Type t) {
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
            if ("vn.sotay.api.Page".equals(raw.getName())) {
                return page(arg);
            }
            return schema(raw);
        }
        Class<?> c = t instanceof Class<?> k ? k : Object.class;
        Map<String, Object> simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c.isArray() && c.getComponentType() != byte.class) {
            return Map.of("type", "array", "items", schema(c.getComponentType()));
        }
        if (c.isEnum() || c.isRecord()) {
            return ref(c);
        }
        return Map.of("type", "object");
    }

    /** Strings, numbers, booleans, dates; {@code null} for anything else. */
    static Map<String, Object> simple(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Map.of("type", "number", "format", c == float.class || c == Float.class ? "float" : "double");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == byte[].class) {
            return Map.of("type", "string", "format", "binary");
        }
        return null;
    }

    /** {@code Page<T>}: the named schema {@code <T>Page}. */
    Map<String, Object> page(Type item) {
        Map<String, Object> items = schema(item);
        String itemName = items.containsKey("$ref") ? items.get("$ref").toString().replaceAll(".*/", "")
                : item instanceof Class<?> k ? k.getSimpleName() : "Object";
        String name = (itemName.endsWith("Item") && itemName.length() > 4
                ? itemName.substring(0, itemName.length() - 4) : itemName) + "Page";
        schemas.computeIfAbsent(name, k -> object(
                "Một trang của danh sách; trang sau: gửi lại `next` làm tham số `cursor`.",
                props(Map.of("items", Map.of("type", "array", "items", items),
                        "next", Map.of("type", "string", "nullable", true,
                                "description", "Con trỏ của trang sau; null ở trang cuối"))),
                List.of("items")));
        return ref(name);
    }

    private Map<String, Object> ref(Class<?> c) {
        String name = name(c);
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // placeholder: a record may refer to itself
            schemas.put(name, c.isEnum() ? enumSchema(c) : recordSchema(c));
        }
        return ref(name);
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private String name(Class<?> c) {
        bySimpleName.computeIfAbsent(simpleName(c), k -> new LinkedHashSet<>()).add(c);
        moduleOf.putIfAbsent(c, module);
        return names.getOrDefault(c, simpleName(c));
    }

    /** The simple name; a record nested in a record is named after both ({@code NoticeStats.Child}: {@code NoticeStatsChild}). */
    static String simpleName(Class<?> c) {
        Class<?> outer = c.getEnclosingClass();
        return outer != null && outer.isRecord() ? simpleName(outer) + c.getSimpleName() : c.getSimpleName();
    }

    private Map<String, Object> recordSchema(Class<?> c) {
        Map<String, Object> props = new TreeMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            Map<String, Object> s = schema(rc.getGenericType());
            Description d = rc.getAnnotation(Description.class);
            if (d != null && !d.value().isEmpty() && !s.containsKey("$ref")) {
                s = with(s, "description", d.value());
            }
            props.put(rc.getName(), s);
            if (rc.getType().isPrimitive()) {
                required.add(rc.getName());
            }
        }
        return object(doc(c), props, required);
    }

    /** The constants, described by their {@link Description} or the enum's {@code label()}. */
    private static Map<String, Object> enumSchema(Class<?> c) {
        List<String> values = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        java.lang.reflect.AccessibleObject label = label(c);
        StringBuilder text = new StringBuilder(doc(c) == null ? "" : doc(c) + "\n\n");
        for (Object constant : c.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String meaning = "";
            try {
                Field f = c.getField(name);
                Description d = f.getAnnotation(Description.class);
                if (d != null) {
                    meaning = d.value();
                } else if (label instanceof Method m) {
                    meaning = String.valueOf(m.invoke(constant));
                } else if (label instanceof Field l) {
                    meaning = String.valueOf(l.get(constant));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no description for this one
            }
            values.add(name);
            meanings.add(meaning);
            if (!meaning.isEmpty()) {
                text.append("- `").append(name).append("`: ").append(meaning).append('\n');
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "string");
        s.put("enum", values);
        if (!text.isEmpty()) {
            s.put("description", text.toString().strip());
        }
        if (meanings.stream().anyMatch(m -> !m.isEmpty())) {
            s.put("x-enum-descriptions", meanings);
        }
        return s;
    }

    /** The enum's {@code String label()} method, else its {@code String label} field, else {@code null}. */
    private static java.lang.reflect.AccessibleObject label(Class<?> c) {
        try {
            Method m = c.getDeclaredMethod("label");
            if (m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers())) {
                m.setAccessible(true); // a module's enums are package-private
                return m;
            }
        } catch (NoSuchMethodException | RuntimeException e) {
            // try the field
        }
        try {
            Field f = c.getDeclaredField("label");
            if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                return f;
            }
        } catch (NoSuchFieldException | RuntimeException e) {
            // no labels
        }
        return null;
    }

    private static Map<String, Object> object(String description, Map<String, Object> props, List<String> required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        if (description != null) {
            s.put("description", description);
        }
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("properties", props);
        return s;
    }

    private static Map<String, Object> props(Map<String, Object> props) {
        return new TreeMap<>(props);
    }

    private static String doc(Class<?> c) {
        Description d = c.getAnnotation(Description.class);
        return d == null || d.value().isEmpty() ? null : d.value();
    }

    static Map<String, Object> with(Map<String, Object> schema, String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(schema);
        out.put(key, value);
        return out;
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
