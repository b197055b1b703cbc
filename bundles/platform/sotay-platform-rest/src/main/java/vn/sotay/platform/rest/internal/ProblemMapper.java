package vn.sotay.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

/**
 * Every failure as RFC 7807 {@code application/problem+json}, titles in Vietnamese, never a stack
 * trace. Unexpected failures are logged with an incident id that the answer repeats.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        return toResponse(problem(e));
    }

    static Response toResponse(ProblemException p) {
        Map<String, Object> body = body(p);
        Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM).entity(body);
        if (p instanceof ProblemException.TooManyAttempts t) {
            r.header("Retry-After", t.retryAfterSeconds());
        }
        return r.build();
    }

    /** The RFC 7807 body of a problem, with every text bounded. */
    static Map<String, Object> body(ProblemException p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://sotay.vn/problems/" + p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", shorten(p.detail(), MAX_DETAIL));
        if (!p.errors().isEmpty()) {
            body.put("errors", p.errors().stream().limit(MAX_ERRORS).map(e -> new vn.sotay.api.ProblemError(e.line(),
                    shorten(e.field(), MAX_FIELD), shorten(e.message(), MAX_MESSAGE))).toList());
        }
        return body;
    }

    /**
     * Bounds of what a problem shows: a message quoting a value the client sent (a 1 MB "number")
     * never echoes more than this, and an import with every row wrong lists its first errors only.
     */
    static final int MAX_DETAIL = 2_000, MAX_MESSAGE = 500, MAX_FIELD = 200, MAX_ERRORS = 1_000;

    /** {@code s} cut to {@code max} characters with an ellipsis (never inside a surrogate pair). */
    static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, cut) + "…";
    }

    static ProblemException problem(Throwable e) {
        if (e instanceof ProblemException p) {
            return p;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge big) {
                return BodyTooLarge.problem(big.limit); // whoever was reading the body, wrapped or not
            }
        }
        Throwable json = jsonCause(e);
        if (json instanceof StreamConstraintsException) {
            return ProblemException.invalid("Nội dung JSON vượt giới hạn cho phép: lồng nhau quá " + Json.MAX_DEPTH
                    + " cấp, chuỗi dài quá " + Json.MAX_STRING + " ký tự hoặc số dài quá " + Json.MAX_NUMBER + " chữ số.",
                    fields(json));
        }
        if (json != null) {
            return ProblemException.invalid("Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu.",
                    fields(json));
        }
        if (e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
            int s = w.getResponse().getStatus();
            return new ProblemException(s, "http-" + s, title(s), detail(s), null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected failure, incident {}", incident, e);
        return new ProblemException(500, "internal", "Lỗi hệ thống",
                "Đã có lỗi ngoài dự kiến. Mã sự cố: " + incident + ".", null);
    }

    private static Throwable jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return t;
            }
        }
        return null;
    }

    private static List<ProblemError> fields(Throwable json) {
        List<ProblemError> out = new ArrayList<>();
        if (json instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            out.add(ProblemError.field(path.toString(), "Giá trị không hợp lệ"));
        }
        return out;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Chưa đăng nhập hoặc phiên đã hết hạn";
            case 403 -> "Không có quyền thực hiện";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không hỗ trợ định dạng yêu cầu";
            case 413 -> "Nội dung gửi lên quá lớn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            default -> "Yêu cầu không thể xử lý";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "Địa chỉ hoặc đối tượng yêu cầu không tồn tại.";
            case 405 -> "Địa chỉ này không hỗ trợ phương thức HTTP đã dùng.";
            case 415 -> "Hãy gửi dữ liệu dạng JSON (Content-Type: application/json) hoặc CSV khi nhập tệp.";
            default -> "Vui lòng kiểm tra lại yêu cầu.";
        };
    }
}
