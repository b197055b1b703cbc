package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void foldedChainDropsAccentsAndFoldsDToD() throws IOException {
        assertEquals(List.of("dang", "vien", "doan", "duong", "d"),
                tokens(new VietnameseAnalyzer(true), "Đảng viên ĐOÀN đường, đ!"));
    }

    @Test
    void exactChainKeepsAccentsLowerCased() throws IOException {
        assertEquals(List.of("đảng", "viên", "chi", "bộ"), tokens(new VietnameseAnalyzer(false), "Đảng VIÊN Chi bộ"));
    }

    @Test
    void nfdInputGivesTheSameTokensAsNfc() throws IOException {
        String nfc = "Nghị quyết Đại hội Đảng viên";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        for (boolean folded : new boolean[] {false, true}) {
            VietnameseAnalyzer a = new VietnameseAnalyzer(folded);
            assertEquals(tokens(a, nfc), tokens(a, nfd));
        }
        assertEquals(List.of("nghi", "quyet", "dai", "hoi", "dang", "vien"), tokens(new VietnameseAnalyzer(true), nfd));
    }

    @Test
    void foldMatchesTheFoldedChain() {
        assertEquals("dang", VietnameseAnalyzer.fold("đảng"));
        assertEquals("nguyen", VietnameseAnalyzer.fold("nguyễn"));
    }
}
