package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.search.SearchHit.Highlight;

class SnippetsTest {

    /** The highlighted parts of {@code s}. */
    static List<String> marked(String s, Collection<String> terms, Collection<String> keys) {
        return Snippets.highlights(s, terms, keys).stream().map(h -> s.substring(h.start(), h.end())).toList();
    }

    @Test
    void foldedWholeWordsOnly() {
        String s = "Kết nạp Đảng viên mới; đảng viên, ĐẢNG VIÊN! Đảngviên dangvien";
        assertEquals(List.of(new Highlight(8, 12), new Highlight(13, 17)),
                Snippets.highlights("Kết nạp Đảng viên mới", List.of("dang", "vien"), List.of()));
        assertEquals(List.of("Đảng", "viên", "đảng", "viên", "ĐẢNG", "VIÊN"), marked(s, List.of("dang", "vien"), List.of()));
        assertEquals(List.of(), marked(s, List.of("dan", "ien", ""), List.of()));
    }

    @Test
    void prefixAndSuffixAreCounted() {
        assertEquals(List.of(new Highlight(6, 10)), Snippets.highlights("…chào Đảng…", List.of("dang"), List.of()));
    }

    @Test
    void keysSpeltVerbatimIshAndOverlapsMerged() {
        String s = "Theo 339-QĐ/TW và Số 339 QĐ TW, có 339 đảng viên ở TW; 1339-QĐ/TW2";
        assertEquals(List.of("339-QĐ/TW", "339 QĐ TW", "339", "TW", "QĐ"),
                marked(s, List.of("339", "qd", "tw"), List.of("339qdtw")));
        assertEquals(List.of(new Highlight(5, 14)), Snippets.highlights("Theo 339-QĐ/TW", List.of("339"), List.of("339qdtw")));
        assertEquals(List.of(), marked("1339-QĐ/TW2 339 - - QĐ", List.of(), List.of("339qdtw", "")));
    }

    @Test
    void theWindowWithTheMostDistinctTermsAmongManyCommonOnes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            text.append("Văn bản số ").append(i).append(" của chi bộ. ");
        }
        int at = text.length();
        text.append("Nghị quyết số 57 về chuyển đổi số quốc gia. ");
        for (int i = 0; i < 200; i++) {
            text.append("Báo cáo số ").append(i).append(". ");
        }
        String snippet = Snippets.of(text.toString(), List.of("so", "chuyen", "doi", "quoc"), 120);
        assertTrue(snippet.contains("chuyển đổi số quốc gia"), snippet);
        assertTrue(at < Snippets.SCAN, "the phrase lies inside the scanned part");
        // only the first characters are scanned
        assertTrue(Snippets.of("x ".repeat(Snippets.SCAN) + "chuyển đổi", List.of("chuyen"), 50).startsWith("x x"));
    }

    @Test
    void ascendingAndDisjoint() {
        List<Highlight> h = Snippets.highlights("3.5 và 5, 3.5", List.of("5", "3.5"), List.of());
        assertEquals(List.of(new Highlight(0, 3), new Highlight(7, 8), new Highlight(10, 13)), h);
    }
}
