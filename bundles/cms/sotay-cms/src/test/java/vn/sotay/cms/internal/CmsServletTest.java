package vn.sotay.cms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The pure parts of the extender and the servlet: header parsing, path safety, the index. */
class CmsServletTest {
    @Test
    void headerClausesWithDefaultAndExplicitFolders() {
        List<ScreenRegistry.Screens> s = ScreenRegistry.parse("news;folder=/cms, notices ,Bad;folder=/x, up;folder=/a/../b", null);
        assertEquals(List.of("news", "notices"), s.stream().map(ScreenRegistry.Screens::id).toList());
        assertEquals("/cms", s.get(0).folder());
        assertEquals("/cms/notices", s.get(1).folder());
        assertEquals("/web", ScreenRegistry.parse("platform;folder:=web/", null).get(0).folder());
    }

    @Test
    void onlyPlainRelativePathsAreServed() {
        assertTrue(CmsServlet.safe("screens.js"));
        assertTrue(CmsServlet.safe("img/logo.svg"));
        for (String bad : List.of("", "../x.js", "a/../../b.js", "/etc/passwd", "a\\b.js", "a/", "x%2e%2e.js")) {
            assertFalse(CmsServlet.safe(bad), bad);
        }
    }

    @Test
    void indexIsJson() {
        Map<String, String> m = new TreeMap<>(Map.of("news", "12-345", "platform", "9-1"));
        assertEquals("{\"news\":\"12-345\",\"platform\":\"9-1\"}", CmsServlet.index(m));
        assertEquals("{}", CmsServlet.index(Map.of()));
    }
}
