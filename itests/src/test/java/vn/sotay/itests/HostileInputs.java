package vn.sotay.itests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile variants of a valid request, drawn from a seeded {@link Random}: the input classes of
 * issue 9 ("Fuzzing"). JSON bodies are mutated field by field from the operation's schema and its
 * valid base body ({@link OperationCalls}); other bodies (images, attachments, CSV imports) are
 * replaced by hostile files; path and query parameters get hostile segments and values.
 */
final class HostileInputs {
    /** The kinds of hostile input; {@link #applicable} tells which fit an operation. */
    enum Kind {
        WRONG_TYPE, MISSING_FIELD, EXTRA_FIELD, HUGE_STRING, DEEP_NESTING, INVALID_UTF8, EXTREME_NUMBER, EXTREME_DATE,
        UNKNOWN_ENUM, CONTROL_CHARS, HOSTILE_BODY, WRONG_CONTENT_TYPE, HOSTILE_PATH, HOSTILE_QUERY
    }

    /** One hostile request. {@code marker}: a string that must not come back (the 1 MB input's start). */
    record Case(Kind kind, String path, String contentType, byte[] body, String marker) {
    }

    static final int MB = 1 << 20;
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String HOLE = "\u0001HOLE\u0001";
    /**
     * Hostile path segments. None may resolve to an object that exists (a matrix parameter
     * {@code ;x=y} is stripped, so {@code 1;x=y} would act on object 1 of the demo data).
     */
    private static final String[] SEGMENTS = {"..", "%2e%2e", "%2E%2E%2F%2E%2E%2Fping", "%00", "2000000001%00",
        "9".repeat(4000), "-1", "0", "9223372036854775808", "-9223372036854775809", "khong-phai-so", "%C3%28", "%FF%FE",
        "2000000001;x=y", "%252e%252e", "2000000001%2F..%2F..", "%E2%80%AE1", "1e3", "0x10", "%201", "%F0%28%8C%28"};
    private static final String[] QUERY_VALUES = {"-1", "0", "999999999999", "9223372036854775808", "abc", "%FF",
        "%C3%28", "%00", "k9999999999999999999.1", "o-5", "f%3A1%3A2%3A3", "n%3Ax%3Ay", "a".repeat(3000), "%E2%80%AE",
        "1e309", "", "%2e%2e%2f", "%25", "9".repeat(400)};
    /** Dates and times at and beyond the ends of what Java, Derby and the calendar hold (query form: {@code +} encoded). */
    private static final String[] DATES = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
        "+1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-02-30T00:00:00Z",
        "1969-12-31T23:59:59.999999999Z", "2026-13-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-01-01T00:00:00+25:00"};
    private static final String[] WEIRD_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16",
        "image/png", "application/json; charset=khong-co"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE1, (byte) 0xBB}};
    private static final String[] NUMBERS = {"9223372036854775808", "-9223372036854775809", "1e309", "-0", "1.0e-400",
        "123456789012345678901234567890", "NaN", "0x10", "-1", "2147483648", "1" + "0".repeat(5000)};
    private static final String[] CONTROLS = {"\u0000", "\u0007", "\u001b[31m", "\u202e", "\ufeff", "\r\nSet-Cookie: x=y",
        "\ud800", "\udfff", "\u0085", "\u2028"};

    private HostileInputs() {
    }

    /** The kinds that fit {@code op}. */
    static List<Kind> applicable(Api api, Api.Operation op) {
        List<Kind> out = new ArrayList<>();
        if (op.jsonBody()) {
            out.addAll(List.of(Kind.WRONG_TYPE, Kind.MISSING_FIELD, Kind.EXTRA_FIELD, Kind.HUGE_STRING, Kind.DEEP_NESTING,
                    Kind.INVALID_UTF8, Kind.EXTREME_NUMBER, Kind.UNKNOWN_ENUM, Kind.CONTROL_CHARS, Kind.HOSTILE_BODY,
                    Kind.WRONG_CONTENT_TYPE));
            if (!dateFields(api, op).isEmpty()) {
                out.add(Kind.EXTREME_DATE);
            }
        } else if (op.hasBody()) {
            out.addAll(List.of(Kind.HUGE_STRING, Kind.INVALID_UTF8, Kind.CONTROL_CHARS, Kind.HOSTILE_BODY,
                    Kind.WRONG_CONTENT_TYPE));
        }
        if (!op.pathParams().isEmpty()) {
            out.add(Kind.HOSTILE_PATH);
        }
        out.add(Kind.HOSTILE_QUERY);
        return out;
    }

    /** A case of {@code kind} from the valid {@code base} request of {@code op}. */
    static Case make(Api api, Api.Operation op, OperationCalls.Request base, Kind kind, Random r) {
        String path = base.path(op.path());
        String type = base.contentType() != null ? base.contentType() : op.jsonBody() ? JSON : op.bodyType();
        byte[] body = base.body() != null ? base.body()
                : op.jsonBody() ? OperationCalls.utf8(SchemaValues.example(api, op.bodySchema()).toString()) : null;
        switch (kind) {
            case HOSTILE_PATH: {
                List<Api.Param> ps = op.pathParams();
                Api.Param p = ps.get(r.nextInt(ps.size()));
                OperationCalls.Request req = base.with(p.name(), pick(SEGMENTS, r));
                return new Case(kind, req.path(op.path()), type, body, null);
            }
            case HOSTILE_QUERY:
                return new Case(kind, query(op, base, r), type, body, null);
            case WRONG_CONTENT_TYPE:
                return new Case(kind, path, r.nextInt(8) == 0 ? null : pick(WEIRD_TYPES, r), body, null);
            default:
                break;
        }
        if (!op.jsonBody()) {
            return fileCase(kind, path, type, r);
        }
        JsonNode json = parse(body);
        if (kind == Kind.HOSTILE_BODY) {
            return hostileBody(path, r);
        }
        if (kind == Kind.DEEP_NESTING) {
            int depth = r.nextBoolean() ? 2_000 : 100_000;
            String open = r.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            String deep = open.repeat(depth) + "1" + close.repeat(depth);
            return new Case(kind, path, JSON, OperationCalls.utf8(r.nextBoolean() ? deep : withHole(json, r).replace(quoted(),
                    deep)), null);
        }
        ObjectNode o = json instanceof ObjectNode on ? on.deepCopy() : Http.object();
        List<String> fields = fields(api, op, o);
        String f = fields.isEmpty() ? "x" : fields.get(r.nextInt(fields.size()));
        switch (kind) {
            case WRONG_TYPE: {
                Object[] values = {123, -1.5, true, List.of(), Map.of(), "chuỗi", List.of(1, List.of(2)), Map.of("a", 1)};
                o.set(f, Http.JSON.valueToTree(values[r.nextInt(values.length)]));
                if (r.nextInt(4) == 0) {
                    o.putNull(f);
                }
                return jsonCase(kind, path, o, null);
            }
            case MISSING_FIELD:
                if (r.nextInt(3) == 0) {
                    o.removeAll();
                } else {
                    o.remove(f);
                }
                return jsonCase(kind, path, o, null);
            case EXTRA_FIELD: {
                String[] keys = {"@class", "__proto__", "id", "authorAccountId", "status", "reviewStatus", "grantedBy",
                    "accountId", "ngẫu_nhiên_" + r.nextInt(1000)};
                Object[] values = {"java.lang.ProcessBuilder", Map.of("admin", true), 1, "APPROVED", List.of("x"), 42};
                o.set(pick(keys, r), Http.JSON.valueToTree(values[r.nextInt(values.length)]));
                return jsonCase(kind, path, o, null);
            }
            case HUGE_STRING: {
                String marker = "HUGE" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
                String unit = r.nextBoolean() ? "a" : "ố";
                o.put(f, marker + unit.repeat(MB / unit.getBytes(StandardCharsets.UTF_8).length));
                return jsonCase(kind, path, o, marker);
            }
            case CONTROL_CHARS: {
                StringBuilder s = new StringBuilder("Kiểm");
                for (int i = 0; i < 4; i++) {
                    s.append(pick(CONTROLS, r));
                }
                o.put(f, s.append("thử").toString());
                return jsonCase(kind, path, o, null);
            }
            case EXTREME_DATE: {
                List<String> dates = dateFields(api, op);
                String d = dates.get(r.nextInt(dates.size()));
                String v = pick(DATES, r);
                o.put(d, "date".equals(SchemaValues.properties(api, op.bodySchema()).get(d).path("format").asText())
                        ? v.substring(0, v.indexOf('T')) : v);
                return jsonCase(kind, path, o, null);
            }
            case UNKNOWN_ENUM:
                o.put(enumField(api, op, o, r, f), "KHONG_CO_" + r.nextInt(1000));
                return jsonCase(kind, path, o, null);
            case EXTREME_NUMBER:
                o.set(f, null);
                return new Case(kind, path, JSON, OperationCalls.utf8(withHole(o, f).replace(quoted(), pick(NUMBERS, r))),
                        null);
            case INVALID_UTF8: {
                String text = withHole(o, f);
                int at = text.indexOf(quoted());
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.writeBytes(OperationCalls.utf8(text.substring(0, at) + "\"Kiểm"));
                b.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
                b.writeBytes(OperationCalls.utf8("thử\"" + text.substring(at + quoted().length())));
                return new Case(kind, path, JSON, b.toByteArray(), null);
            }
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** Wholly hostile bodies: not JSON, truncated JSON, wrong JSON shapes, 1 MB of bytes. */
    private static Case hostileBody(String path, Random r) {
        String marker = "HUGE" + r.nextInt(1_000_000);
        String[] texts = {"", "null", "[]", "\"x\"", "0", "{", "{\"a\":", "}{", "<?xml version=\"1.0\"?><a>&x;</a>",
            "\u0000\u0000", "{\"a\":\"" + marker + "b".repeat(MB), "1".repeat(200_000), "[" + "1,".repeat(300_000) + "1]",
            "{\"a\":1,\"a\":2,\"a\":3}", "{\"title\":" + "\"x\",".repeat(10) + "}"};
        int i = r.nextInt(texts.length + 1);
        byte[] body = i == texts.length ? random(r, r.nextBoolean() ? 1000 : MB) : OperationCalls.utf8(texts[i]);
        return new Case(Kind.HOSTILE_BODY, path, JSON, body, i == 10 ? marker : null);
    }

    /** Hostile files for operations whose body is a file (images, attachments, CSV imports). */
    private static Case fileCase(Kind kind, String path, String type, Random r) {
        String csvRow = "FZ-" + r.nextInt(100_000) + ",Kiểm thử,Chi bộ,FZ-KHONG-CO\n";
        switch (kind) {
            case HUGE_STRING: {
                String marker = "HUGE" + r.nextInt(1_000_000);
                byte[] body = r.nextBoolean() ? random(r, MB) : OperationCalls.utf8("Mã,Tên,Loại,Mã cấp trên\nFZ," + marker
                        + "x".repeat(MB) + ",Chi bộ,FZ-KHONG-CO\n");
                return new Case(kind, path, type, body, marker);
            }
            case INVALID_UTF8: {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.writeBytes(OperationCalls.utf8("Mã,Tên,Loại,Mã cấp trên\nFZ,Kiểm"));
                b.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
                b.writeBytes(OperationCalls.utf8(",Chi bộ,FZ-KHONG-CO\n"));
                return new Case(kind, path, type, b.toByteArray(), null);
            }
            case CONTROL_CHARS:
                return new Case(kind, path, type, OperationCalls.utf8("Mã,Tên,Loại,Mã cấp trên\n" + csvRow.replace("Kiểm",
                        "=cmd|' /C calc'!A0" + pick(CONTROLS, r) + pick(CONTROLS, r))), null);
            case WRONG_CONTENT_TYPE:
                return new Case(kind, path, pick(WEIRD_TYPES, r), OperationCalls.utf8("{\"a\":1}"), null);
            default: {
                byte[][] files = {new byte[0], random(r, 2000), concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                    random(r, 500)), concat(OperationCalls.utf8("%PDF-1.7\n"), random(r, 500)),
                    concat(new byte[] {'P', 'K', 3, 4}, random(r, 500)), OperationCalls.utf8("\"".repeat(100_000)),
                    OperationCalls.utf8("a,".repeat(50_000) + "\n" + csvRow), OperationCalls.utf8("Mã\n" + "\n".repeat(200_000))};
                return new Case(Kind.HOSTILE_BODY, path, type, files[r.nextInt(files.length)], null);
            }
        }
    }

    /** The path with one query parameter (the operation's own or an invented one) set to a hostile value. */
    private static String query(Api.Operation op, OperationCalls.Request base, Random r) {
        List<String> names = new ArrayList<>();
        op.params().stream().filter(p -> "query".equals(p.in())).forEach(p -> names.add(p.name()));
        names.addAll(List.of("limit", "cursor", "khong_co"));
        String name = names.get(r.nextInt(names.size()));
        String q = base.query().replaceAll("(^|&)" + java.util.regex.Pattern.quote(name) + "=[^&]*", "");
        q = (q.isEmpty() || q.startsWith("&") ? q.replaceFirst("^&", "") : q);
        String value;
        if (name.matches("from|to|.*At|.*On|.*[dD]ate") && r.nextInt(10) < 7) {
            String d = pick(DATES, r);
            value = (r.nextBoolean() ? d : d.substring(0, d.indexOf('T'))).replace("+", "%2B"); // date-time or date
        } else {
            value = pick(QUERY_VALUES, r);
        }
        String pair = name + "=" + value + (r.nextInt(4) == 0 ? "&" + name + "=2" : "");
        return base.query(q.isEmpty() ? pair : q + "&" + pair).path(op.path());
    }

    private static Case jsonCase(Kind kind, String path, JsonNode body, String marker) {
        return new Case(kind, path, JSON, OperationCalls.utf8(body.toString()), marker);
    }

    /** The object's fields and its schema's properties (absent ones too). */
    private static List<String> fields(Api api, Api.Operation op, ObjectNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        SchemaValues.properties(api, op.bodySchema()).keySet().forEach(k -> {
            if (!out.contains(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** The body's fields whose schema is a date or a date-time. */
    private static List<String> dateFields(Api api, Api.Operation op) {
        List<String> out = new ArrayList<>();
        SchemaValues.properties(api, op.bodySchema()).forEach((k, v) -> {
            if (v.path("format").asText().startsWith("date")) {
                out.add(k);
            }
        });
        return out;
    }

    /** A field the schema declares an enum for, or one whose name says it holds a code; else {@code dflt}. */
    private static String enumField(Api api, Api.Operation op, ObjectNode o, Random r, String dflt) {
        List<String> coded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : SchemaValues.properties(api, op.bodySchema()).entrySet()) {
            if (p.getValue().has("enum") || p.getKey().matches("role|status|category|kind|legalStatus|type")) {
                coded.add(p.getKey());
            }
        }
        return coded.isEmpty() ? dflt : coded.get(r.nextInt(coded.size()));
    }

    private static String withHole(JsonNode json, String field) {
        ObjectNode o = json instanceof ObjectNode on ? on.deepCopy() : Http.object();
        o.put(field, HOLE);
        return o.toString();
    }

    private static String withHole(JsonNode json, Random r) {
        ObjectNode o = json instanceof ObjectNode on ? on.deepCopy() : Http.object();
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return withHole(o, names.isEmpty() ? "x" : names.get(r.nextInt(names.size())));
    }

    /** The HOLE as it appears in serialized JSON (quoted, the control characters escaped). */
    private static String quoted() {
        return Http.object().put("h", HOLE).toString().replace("{\"h\":", "").replace("}", "");
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null ? Http.object() : Http.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return Http.object();
        }
    }

    static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    static String describe(byte[] body) {
        if (body == null) {
            return "(no body)";
        }
        String s = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}", "·");
        return body.length + " bytes: «" + s + (body.length > 160 ? "…" : "") + "»";
    }
}
