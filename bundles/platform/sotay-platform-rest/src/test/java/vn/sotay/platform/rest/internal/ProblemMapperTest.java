package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        return (Map<String, Object>) r.getEntity();
    }

    @Test
    void problemsKeepTheirStatusAndFields() {
        Response r = mapper.toResponse(ProblemException.invalid("Sai", List.of(ProblemError.field("title", "Thiếu"))));
        assertEquals(400, r.getStatus());
        assertEquals("application/problem+json;charset=UTF-8", r.getMediaType().toString());
        assertEquals("https://sotay.vn/problems/validation", body(r).get("type"));
        assertEquals(List.of(ProblemError.field("title", "Thiếu")), body(r).get("errors"));
    }

    @Test
    void tooManyAttemptsCarriesRetryAfter() {
        Response r = mapper.toResponse(ProblemException.tooMany("Chờ", 120));
        assertEquals(429, r.getStatus());
        assertEquals("120", r.getHeaderString("Retry-After"));
    }

    @Test
    void jaxrsErrorsBecomeVietnameseProblems() {
        Response r = mapper.toResponse(new NotFoundException());
        assertEquals(404, r.getStatus());
        assertEquals("Không tìm thấy", body(r).get("title"));
    }

    @Test
    void badJsonIsA400NamingTheField() {
        JsonMappingException e = JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, "bad");
        e.prependPath(new JsonMappingException.Reference(null, "expiresAt"));
        Response r = mapper.toResponse(new javax.ws.rs.BadRequestException(e));
        assertEquals(400, r.getStatus());
        assertEquals(List.of(ProblemError.field("expiresAt", "Giá trị không hợp lệ")), body(r).get("errors"));
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        Response r = mapper.toResponse(new IllegalStateException("secret table CORE_ACCOUNT"));
        assertEquals(500, r.getStatus());
        String text = body(r).toString();
        assertFalse(text.contains("CORE_ACCOUNT"));
        assertFalse(text.contains("IllegalStateException"));
        assertTrue(text.contains("Mã sự cố"));
    }
}
