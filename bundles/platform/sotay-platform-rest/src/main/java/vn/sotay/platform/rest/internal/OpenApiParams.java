package vn.sotay.platform.rest.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sotay.api.Cursors;
import vn.sotay.api.rest.Description;

/**
 * Parameters and the shared schemas of the OpenAPI document: the platform's conventions for
 * {@code limit} and {@code cursor}, the types a {@code String} query parameter declares with
 * {@link Description}, the {@code Idempotency-Key} header and the {@code Problem} schema.
 */
final class OpenApiParams {
    private OpenApiParams() {
    }

    /** The header every authenticated POST takes (docs/rest-api.md, "Idempotency-Key"). */
    static final Map<String, Object> IDEMPOTENCY_KEY = Map.of("name", Idempotency.HEADER, "in", "header",
            "required", false, "schema", Map.of("type", "string", "minLength", 1, "maxLength", Idempotency.MAX_KEY),
            "description", "Khóa chống gửi lặp (1–128 ký tự ASCII in được): cùng khóa và cùng yêu cầu trong 24 giờ "
                    + "trả lại câu trả lời đầu tiên (kèm Idempotent-Replayed: true) thay vì tạo đối tượng thứ hai; "
                    + "cùng khóa với yêu cầu khác: 422; khi yêu cầu đầu còn đang chạy: 409 kèm Retry-After.");

    /** A path or query parameter. */
    static Map<String, Object> parameter(OpenApiSchemas schemas, String name, String in, Type type, Description doc) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", "path".equals(in));
        Map<String, Object> schema;
        String description = doc == null || doc.value().isEmpty() ? null : doc.value();
        if (doc != null && !doc.type().isEmpty()) {
            schema = typed(doc);
        } else if (doc != null && doc.values() != Description.None.class) {
            schema = Map.of("type", "string",
                    "enum", Arrays.stream(doc.values().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        } else if ("query".equals(in) && "limit".equals(name) && isIntegerLike(type)) {
            schema = Map.of("type", "integer", "format", "int32", "minimum", 1, "maximum", Cursors.MAX_LIMIT,
                    "default", Cursors.DEFAULT_LIMIT);
            description = description != null ? description
                    : "Số mục mỗi trang, từ 1 đến " + Cursors.MAX_LIMIT + " (mặc định " + Cursors.DEFAULT_LIMIT + ")";
        } else if ("query".equals(in) && "cursor".equals(name) && type == String.class) {
            schema = Map.of("type", "string", "maxLength", 100);
            description = description != null ? description
                    : "Trang sau: giá trị `next` của trang trước, gửi lại nguyên văn; bỏ trống ở trang đầu";
        } else {
            schema = schemas.schema(type);
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class && "query".equals(in)) {
            p.put("explode", true);
        }
        p.put("schema", schema);
        if (description != null) {
            p.put("description", description);
        }
        return p;
    }

    private static boolean isIntegerLike(Type t) {
        return t == String.class || t == Integer.class || t == int.class || t == Long.class || t == long.class;
    }

    /** A {@code String} parameter's declared type: integer (with bounds), date, date-time or boolean. */
    private static Map<String, Object> typed(Description doc) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (doc.type()) {
            case "integer" -> {
                s.put("type", "integer");
                s.put("format", doc.min() >= Integer.MIN_VALUE && doc.max() <= Integer.MAX_VALUE ? "int32" : "int64");
                if (doc.min() != Long.MIN_VALUE) {
                    s.put("minimum", doc.min());
                }
                if (doc.max() != Long.MAX_VALUE) {
                    s.put("maximum", doc.max());
                }
            }
            case "date", "date-time" -> {
                s.put("type", "string");
                s.put("format", doc.type());
            }
            case "boolean" -> s.put("type", "boolean");
            default -> throw new IllegalArgumentException("@Description(type = \"" + doc.type()
                    + "\"): integer, date, date-time or boolean");
        }
        return s;
    }

    /** The {@code Problem} schema every error answer has (RFC 7807). */
    static void problem(Map<String, Object> schemas) {
        schemas.computeIfAbsent("Problem", k -> Map.of("type", "object",
                "description", "Lỗi theo RFC 7807 (application/problem+json); `title` và `detail` bằng tiếng Việt",
                "properties", Map.of(
                        "type", Map.of("type", "string", "description", "https://sotay.vn/problems/<loại lỗi>"),
                        "title", Map.of("type", "string", "description", "Tóm tắt lỗi"),
                        "status", Map.of("type", "integer", "format", "int32", "description", "Mã trạng thái HTTP"),
                        "detail", Map.of("type", "string", "description", "Giải thích cho người dùng (lỗi 500: kèm mã sự cố để tra nhật ký)"),
                        "errors", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/ProblemError")))));
        schemas.computeIfAbsent("ProblemError", k -> Map.of("type", "object",
                "description", "Một lỗi của dữ liệu gửi lên",
                "properties", Map.of("line", Map.of("type", "integer", "format", "int32",
                                "description", "Dòng của tệp nhập (CSV), nếu có"),
                        "field", Map.of("type", "string", "description", "Trường hoặc tham số bị lỗi"),
                        "message", Map.of("type", "string", "description", "Lỗi gì"))));
    }
}
