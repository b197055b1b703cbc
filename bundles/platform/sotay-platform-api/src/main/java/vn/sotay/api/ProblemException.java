package vn.sotay.api;

import java.util.List;

/**
 * A failure that a client should see as an RFC 7807 {@code application/problem+json} answer. Any
 * service or resource may throw it; the REST layer turns it into the answer with its status, and
 * never shows a stack trace. Titles and details are in Vietnamese because people read them.
 *
 * <p>Use the factories: they fix the status and a stable {@link #type()} suffix clients can test.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemError> errors;

    public ProblemException(int status, String type, String title, String detail, List<ProblemError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 400: the request is malformed or a value is invalid; {@code errors} name the fields. */
    public static ProblemException invalid(String detail, List<ProblemError> errors) {
        return new ProblemException(400, "validation", "Dữ liệu không hợp lệ", detail, errors);
    }

    /** 400 for one field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(message, List.of(ProblemError.field(field, message)));
    }

    /** 413: an upload is larger than {@code limit} allows; {@code detail} names the limit. */
    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "too-large", "Tệp quá lớn", detail, null);
    }

    /** 401: no valid credentials. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Chưa đăng nhập hoặc phiên đã hết hạn", detail, null);
    }

    /** 403: authenticated, but the organisation tree does not allow it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Không có quyền thực hiện", detail, null);
    }

    /**
     * 403 naming every refused item (an import's rows: line, column, reason), so the whole file is
     * answered at once.
     *
     * @since 1.2
     */
    public static ProblemException forbidden(String detail, List<ProblemError> errors) {
        return new ProblemException(403, "forbidden", "Không có quyền thực hiện", detail, errors);
    }

    /** 404: absent, or present but not visible to the caller (never reveal which). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Không tìm thấy", detail, null);
    }

    /** 409: conflicts with the current state (a duplicate, a stale transition). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Xung đột dữ liệu", detail, null);
    }

    /** 429: too many attempts; the client may retry after {@code retryAfterSeconds}. */
    public static ProblemException tooMany(String detail, long retryAfterSeconds) {
        return new TooManyAttempts(detail, retryAfterSeconds);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<ProblemError> errors() { return errors; }

    /** A 429 carrying the delay for a {@code Retry-After} header. */
    public static final class TooManyAttempts extends ProblemException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        TooManyAttempts(String detail, long retryAfterSeconds) {
            super(429, "too-many-attempts", "Thử quá nhiều lần", detail, null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() { return retryAfterSeconds; }
    }
}
