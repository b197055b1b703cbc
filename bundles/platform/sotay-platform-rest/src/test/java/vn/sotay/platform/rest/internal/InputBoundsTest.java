package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sotay.api.ProblemException;
import vn.sotay.api.rest.MaxBody;

/** The platform's input bounds: body size, JSON parsing limits, query and path limits, strict UTF-8. */
class InputBoundsTest {

    static class Sample {
        public void json() { }
        @Consumes(MediaType.APPLICATION_JSON) public void declaredJson() { }
        @Consumes("image/png") public void image() { }
        @Consumes(MediaType.WILDCARD) public void anything() { }
        @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM}) @MaxBody(50L << 20) public void csv() { }
    }

    @Consumes("text/csv")
    @MaxBody(3000)
    static class SmallFiles {
        public void upload() { }
    }

    @Test
    void theBodyLimitFollowsWhatAMethodConsumesUnlessItDeclaresOne() throws Exception {
        assertEquals(MaxBody.JSON, BodyLimit.limit(Sample.class.getMethod("json"), Sample.class));
        assertEquals(MaxBody.JSON, BodyLimit.limit(Sample.class.getMethod("declaredJson"), Sample.class));
        assertEquals(MaxBody.FILES, BodyLimit.limit(Sample.class.getMethod("image"), Sample.class));
        assertEquals(MaxBody.FILES, BodyLimit.limit(Sample.class.getMethod("anything"), Sample.class));
        assertEquals(50L << 20, BodyLimit.limit(Sample.class.getMethod("csv"), Sample.class));
        assertEquals(3000, BodyLimit.limit(SmallFiles.class.getMethod("upload"), SmallFiles.class), "the class's own");
        assertEquals(MaxBody.JSON, BodyLimit.limit(null, null), "no resource (unknown path): the JSON bound");
    }

    @Test
    void aBodyWithoutALengthIsCutAtTheLimitAndMapsTo413WhoeverReadsIt() throws IOException {
        InputStream exact = new BodyLimit.Bounded(new ByteArrayInputStream(new byte[1000]), 1000);
        assertEquals(1000, exact.readAllBytes().length, "exactly the limit passes");
        InputStream over = new BodyLimit.Bounded(new ByteArrayInputStream(new byte[1001]), 1000);
        BodyTooLarge e = assertThrows(BodyTooLarge.class, over::readAllBytes);
        ProblemException p = ProblemMapper.problem(new BadRequestException(new UncheckedIOException(e)));
        assertEquals(413, p.status(), "wrapped by CXF or by a resource, still 413");
        assertTrue(p.detail().contains("1 KB") || p.detail().contains("KB"), p.detail());
        InputStream byteByByte = new BodyLimit.Bounded(new ByteArrayInputStream(new byte[10]), 5);
        assertThrows(BodyTooLarge.class, () -> {
            while (byteByByte.read() >= 0) {
                // reading one byte at a time is bounded as well
            }
        });
        assertThrows(BodyTooLarge.class, () -> Json.MAPPER.readTree(
                new BodyLimit.Bounded(new ByteArrayInputStream(("[\"" + "a".repeat(5000) + "\"]").getBytes()), 1000)));
    }

    @Test
    void deepNestingHugeStringsAndLongNumbersAreA400NotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Exception e = assertThrows(Exception.class, () -> Json.MAPPER.readTree(deep));
        assertEquals(400, ProblemMapper.problem(e).status());
        assertTrue(ProblemMapper.problem(e).detail().contains("64"), ProblemMapper.problem(e).detail());
        String within = "[".repeat(60) + "]".repeat(60);
        assertDoesNotThrow(() -> Json.MAPPER.readTree(within));
        String huge = "{\"title\":\"" + "x".repeat((1 << 20) + 1) + "\"}";
        assertEquals(400, ProblemMapper.problem(assertThrows(Exception.class, () -> Json.MAPPER.readTree(huge))).status());
        String number = "{\"n\":" + "9".repeat(200) + "}";
        assertEquals(400, ProblemMapper.problem(assertThrows(Exception.class, () -> Json.MAPPER.readTree(number))).status());
    }

    @Test
    void invalidUtf8InAJsonBodyIsA400() {
        byte[] body = "{\"title\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        body[11] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        Exception e = assertThrows(Exception.class, () -> Json.MAPPER.readValue(body, JsonNode.class));
        assertEquals(400, ProblemMapper.problem(e).status());
    }

    @Test
    void longQueryParametersTooManyParametersAndBadEncodingAre400NamingTheParameter() {
        assertNull(RequestBounds.check("/api/search", "q=" + "a".repeat(2000) + "&types=notice"));
        ProblemException p = RequestBounds.check("/api/search", "q=" + "a".repeat(2001));
        assertNotNull(p);
        assertEquals(400, p.status());
        assertEquals("q", p.errors().get(0).field());
        assertTrue(p.detail().contains("«q»") && p.detail().contains("2000"), p.detail());
        assertEquals(400, RequestBounds.check("/api/x", "a=1&".repeat(51)).status());
        assertEquals("q", RequestBounds.check("/api/search", "q=%C3%28").errors().get(0).field(), "invalid UTF-8");
        assertEquals(400, RequestBounds.check("/api/search", "q=%zz").status(), "broken percent-encoding");
        assertEquals(400, RequestBounds.check("/api/search", "q=%E1%BB").status(), "a truncated sequence");
        assertNull(RequestBounds.check("/api/search", "q=%C4%90%E1%BA%A3ng+vi%C3%AAn"), "Đảng viên is fine");
        assertEquals("path", RequestBounds.check("/api/notices/" + "1".repeat(2001), null).errors().get(0).field());
        assertEquals(400, RequestBounds.check("/api/notices/%FF", null).status());
    }

    @Test
    void strictDecodingReadsUtf8AndPlus() {
        assertEquals("Đảng viên", RequestBounds.decode("%C4%90%E1%BA%A3ng+vi%C3%AAn", true));
        assertEquals("a+b", RequestBounds.decode("a+b", false), "+ is literal in a path");
        assertNull(RequestBounds.decode("%", true));
        assertNull(RequestBounds.decode("%C0%AF", true), "overlong encodings are invalid UTF-8");
    }

    private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(e);
    }
}
