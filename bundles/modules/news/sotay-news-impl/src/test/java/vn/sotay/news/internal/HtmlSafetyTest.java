package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlSafetyTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreGone() {
        String out = HtmlSafety.sanitize("<p onclick=\"steal()\">Chào</p><script>alert(1)</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">bấm</a>"
                + "<a href=\"JaVaScRiPt&#58;alert(4)\">nữa</a><iframe src=\"https://evil.example\"></iframe>"
                + "<style>p{}</style><p style=\"color:red\">x</p><img src=\"data:image/png;base64,AAAA\">");
        String lower = out.toLowerCase();
        for (String bad : new String[] {"script", "onerror", "onclick", "javascript", "alert", "iframe", "style",
                "data:"}) {
            assertFalse(lower.contains(bad), bad + " survived: " + out);
        }
        assertTrue(out.contains("Chào"), out);
        assertTrue(out.contains("bấm") && out.contains("nữa"), "link texts stay: " + out);
    }

    @Test
    void theFormattingAnEditorNeedsIsKept() {
        String in = "<h2>Tiêu đề</h2><p>Đoạn <b>đậm</b>, <strong>mạnh</strong>, <i>nghiêng</i>, <em>nhấn</em>, "
                + "<u>gạch</u><br>dòng mới</p><h3>Mục</h3><h4>Tiểu mục</h4><ul><li>một</li></ul><ol><li>hai</li></ol>"
                + "<blockquote>Trích dẫn</blockquote>"
                + "<table><thead><tr><th colspan=\"2\">Bảng</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>";
        String out = HtmlSafety.sanitize(in);
        for (String keep : new String[] {"<h2>", "<p>", "<b>", "<strong>", "<i>", "<em>", "<u>", "<br", "<h3>",
                "<h4>", "<ul>", "<ol>", "<li>", "<blockquote>", "<table>", "<thead>", "<tbody>", "<tr>",
                "<th colspan=\"2\">", "<td>", "Tiêu đề", "Đoạn"}) {
            assertTrue(out.contains(keep), keep + " lost: " + out);
        }
    }

    @Test
    void linksAndImagesOnlyFromAllowedPlaces() {
        String out = HtmlSafety.sanitize("<a href=\"https://dangcongsan.vn/bai-1\">Báo Đảng</a>"
                + "<a href=\"mailto:bbt@sotay.vn\">thư</a><a href=\"ftp://x.vn/f\">ftp</a>"
                + "<img src=\"https://baotinh.vn/anh.jpg\" alt=\"Ảnh\"><img src=\"/api/news/images/abc123\" alt=\"nội bộ\">"
                + "<img src=\"/etc/passwd\" alt=\"lạ\">");
        assertTrue(out.contains("href=\"https://dangcongsan.vn/bai-1\""), out);
        assertTrue(out.contains("href=\"mailto:bbt&#64;sotay.vn\"") || out.contains("href=\"mailto:bbt@sotay.vn\""), out);
        assertFalse(out.contains("ftp://"), out);
        assertTrue(out.contains("src=\"https://baotinh.vn/anh.jpg\""), out);
        assertTrue(out.contains("src=\"/api/news/images/abc123\""), out);
        assertFalse(out.contains("/etc/passwd"), out);
        assertTrue(out.contains("noopener") && out.contains("noreferrer"), "links open no window handle: " + out);
    }

    @Test
    void plainTextStripsTagsAndDecodesEntities() {
        assertEquals("Tin A & B <nóng> Đoạn hai @ dòng", HtmlSafety.plainText(
                "<h2>Tin A &amp; B &lt;nóng&gt;</h2><p>Đoạn&nbsp;hai &#64;<br/>dòng</p>"));
        assertEquals("", HtmlSafety.plainText(null));
        assertEquals("một hai", HtmlSafety.plainText("<ul><li>một</li><li>hai</li></ul>"));
    }

    @Test
    void imageUrlsAreStoredUnsignedWithTheirVariant() {
        String id = "0123456789abcdef".repeat(4);
        String out = HtmlSafety.sanitize("<img src=\"/api/news/images/" + id + "?variant=phone&exp=1767225600&sig=AbC-_9\" alt=\"a\">"
                + "<img src=\"/api/news/images/" + id + "?exp=1&amp;sig=x&amp;variant=nope\" alt=\"b\">"
                + "<img src=\"HTTPS://sotay.example.vn/api/news/images/" + id + "?sig=x\" alt=\"c\">"
                + "<img src=\"https://baotinh.vn/api/news/images/short?exp=1\" alt=\"d\">");
        assertEquals("<img src=\"/api/news/images/" + id + "?variant=phone\" alt=\"a\" />"
                + "<img src=\"/api/news/images/" + id + "\" alt=\"b\" />"
                + "<img src=\"/api/news/images/" + id + "\" alt=\"c\" />"
                + "<img src=\"https://baotinh.vn/api/news/images/short?exp&#61;1\" alt=\"d\" />", out);
        assertEquals(java.util.Set.of(id), ImageRefs.ids(out));
        assertEquals(out, HtmlSafety.sanitize(out), "stable when saved again");
    }

    @Test
    void signingRewritesOnlyTheModulesImagesAndScansLinearly() {
        String id = "0123456789abcdef".repeat(4);
        String html = "<p>src=&#34;x&#34;</p><img src=\"/api/news/images/" + id + "?variant=thumb\" alt=\"src=&#34;\" />"
                + "<img src=\"https://baotinh.vn/a.jpg\" />";
        String signed = ImageRefs.rewrite(html, r -> r.canonical() + "&exp=1&sig=s");
        assertEquals("<p>src=&#34;x&#34;</p><img src=\"/api/news/images/" + id + "?variant=thumb&amp;exp=1&amp;sig=s\" "
                + "alt=\"src=&#34;\" /><img src=\"https://baotinh.vn/a.jpg\" />", signed);
        assertEquals(html, ImageRefs.unsigned(signed));
        String hostile = "<img src=\"" + "&".repeat(200_000) + "\" />" + "src=\"".repeat(100_000);
        long start = System.nanoTime();
        assertEquals(List.of(), ImageRefs.scan(hostile));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "linear");
    }
}
