package vn.sotay.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import vn.sotay.api.files.FileKind;

class TextsTest {
    @Test
    void cleanMakesNfcAndCollapsesWhitespace() {
        String nfd = java.text.Normalizer.normalize("Đảng ủy", java.text.Normalizer.Form.NFD);
        assertEquals("Đảng ủy chi bộ", Texts.clean("\n\t " + nfd + "\r\n\u00A0 chi b\u00ADộ\u200B \u0000\f"));
        assertEquals("", Texts.clean(" \n "));
    }

    @Test
    void cleanCutsAtTheCapWithoutSplittingASurrogatePair() {
        assertEquals("ab", Texts.clean("ab cd", 3));
        assertEquals("a", Texts.clean("a\uD83D\uDE00", 2));
        assertEquals("abc", Texts.clean("abc", 3));
    }

    @Test
    void cappedWriterKeepsTheStart() throws Exception {
        Texts.Capped w = new Texts.Capped(5);
        w.write("abc");
        w.write("defgh");
        assertEquals("abcde", w.toString());
        assertEquals(true, w.full());
    }

    @Test
    void extensionsAndAnnouncedKinds() {
        assertEquals("pdf", FileNames.extension("Báo cáo.PDF"));
        assertNull(FileNames.extension("Nghị quyết 01.2024 về công tác"));
        assertNull(FileNames.extension("khong-duoi"));
        assertNull(FileNames.extension("cham-cuoi."));
        assertEquals(FileKind.JPEG, FileNames.announced("jpeg"));
        assertEquals(FileKind.JPEG, FileNames.announced("jpg"));
        assertNull(FileNames.announced("doc"));
        assertEquals("a.pdf", FileNames.shown("/tmp/x/a.pdf"));
        assertNull(FileNames.shown("  "));
    }
}
