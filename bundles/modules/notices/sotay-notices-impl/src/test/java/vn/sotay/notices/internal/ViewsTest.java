package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewsTest {
    @Test
    void excerptIsOneLineCutAtAWord() {
        assertEquals("Kính gửi các đồng chí", Views.excerpt("  Kính gửi\n\tcác   đồng chí "));
        String e = Views.excerpt("đảng viên ".repeat(40));
        assertTrue(e.endsWith("viên…") || e.endsWith("đảng…"), e);
        assertTrue(e.length() <= Views.EXCERPT_MAX + 1);
        assertEquals("x".repeat(Views.EXCERPT_MAX) + "…", Views.excerpt("x".repeat(500)));
    }
}
