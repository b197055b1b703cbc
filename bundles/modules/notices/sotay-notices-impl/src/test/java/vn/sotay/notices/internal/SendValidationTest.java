package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.sotay.testing.Trees.*;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.testing.Trees;

class SendValidationTest {
    private static final Instant NOW = Instant.parse("2025-03-20T08:00:00Z");

    private static List<String> fields(SendRequest r) {
        ProblemException e = assertThrows(ProblemException.class, () -> SendValidation.check(r, TREE, NOW));
        assertEquals(400, e.status());
        return e.errors().stream().map(ProblemError::field).toList();
    }

    @Test
    void acceptsAndNormalisesAValidRequest() {
        String nfd = Normalizer.normalize("Họp chi bộ tháng 4", Normalizer.Form.NFD);
        SendRequest ok = SendValidation.check(new SendRequest("  " + nfd + " ", "Nội dung\n", CB01,
                NOW.plusSeconds(60)), TREE, NOW);
        assertEquals(new SendRequest("Họp chi bộ tháng 4", "Nội dung", CB01, NOW.plusSeconds(60)), ok);
        assertEquals(null, SendValidation.check(new SendRequest("a", "b", TU, null), TREE, NOW).expiresAt());
    }

    @Test
    void namesEveryMissingField() {
        assertEquals(List.of("title", "body", "audienceOrgId"), fields(new SendRequest(" ", null, null, null)));
        assertEquals(400, assertThrows(ProblemException.class, () -> SendValidation.check(null, TREE, NOW)).status());
    }

    @Test
    void limitsLengths() {
        String title = "a".repeat(SendValidation.TITLE_MAX);
        String body = "b".repeat(SendValidation.BODY_MAX);
        SendValidation.check(new SendRequest(title, body, TP, null), TREE, NOW);
        assertEquals(List.of("title", "body"), fields(new SendRequest(title + "a", body + "b", TP, null)));
    }

    @Test
    void rejectsUnknownAudienceAndPastExpiry() {
        assertEquals(List.of("audienceOrgId"), fields(new SendRequest("t", "b", 404L, null)));
        assertEquals(List.of("expiresAt"), fields(new SendRequest("t", "b", TP, NOW)));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SendValidation.check(new SendRequest("t", "b", TP, NOW.minusSeconds(1)), TREE, NOW));
        assertEquals("Thời hạn hiệu lực phải sau thời điểm hiện tại.", e.errors().get(0).message());
    }
}
