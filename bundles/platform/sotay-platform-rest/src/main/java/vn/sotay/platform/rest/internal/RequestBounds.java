package vn.sotay.platform.rest.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

/**
 * Bounds on the URI before anything is matched or parsed: at most {@link #MAX_PARAMS} query
 * parameters, each name and value and each path segment at most {@link #MAX_CHARS} characters once
 * decoded, and everything valid percent-encoded UTF-8. A breach is a Vietnamese 400 naming the
 * parameter.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestBounds implements ContainerRequestFilter {
    static final int MAX_CHARS = 2000;
    static final int MAX_PARAMS = 50;

    @Override
    public void filter(ContainerRequestContext request) {
        ProblemException p = check(request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery());
        if (p != null) {
            request.abortWith(ProblemMapper.toResponse(p));
        }
    }

    /** The first breach in a raw (still percent-encoded) path and query, or {@code null}. */
    static ProblemException check(String rawPath, String rawQuery) {
        if (rawPath != null) {
            for (String segment : rawPath.split("/")) {
                String s = decode(segment, false);
                if (s == null) {
                    return invalid("path", "Đường dẫn chứa ký tự mã hóa sai (không phải UTF-8 hợp lệ).");
                }
                if (s.length() > MAX_CHARS) {
                    return invalid("path", "Một đoạn của đường dẫn dài quá " + MAX_CHARS + " ký tự.");
                }
            }
        }
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        String[] pairs = rawQuery.split("&");
        if (pairs.length > MAX_PARAMS) {
            return invalid("query", "Yêu cầu có quá nhiều tham số (tối đa " + MAX_PARAMS + ").");
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            if (name == null || value == null) {
                String shown = name == null ? "query" : shorten(name);
                return invalid(shown, "Tham số «" + shown + "» chứa ký tự mã hóa sai (không phải UTF-8 hợp lệ).");
            }
            if (name.length() > MAX_CHARS) {
                return invalid("query", "Tên một tham số dài quá " + MAX_CHARS + " ký tự.");
            }
            if (value.length() > MAX_CHARS) {
                return invalid(name, "Tham số «" + name + "» dài quá " + MAX_CHARS + " ký tự.");
            }
        }
        return null;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Yêu cầu không hợp lệ", message,
                java.util.List.of(ProblemError.field(field, message)));
    }

    private static String shorten(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }

    /** Strict percent-decoding to UTF-8 ({@code +} is a space in a query); {@code null} when malformed. */
    static String decode(String raw, boolean query) {
        if (raw.indexOf('%') < 0 && !(query && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (ch == '+' && query) {
                bytes.write(' ');
            } else if (ch < 0x80) {
                bytes.write(ch);
            } else {
                byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
