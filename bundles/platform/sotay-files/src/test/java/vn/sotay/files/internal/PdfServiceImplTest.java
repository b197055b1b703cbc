package vn.sotay.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.sotay.api.pdf.PdfDocument;
import vn.sotay.api.pdf.PdfDocument.Line;
import vn.sotay.api.pdf.PdfService;

/** The shared PDF writer: Vietnamese read back intact, long text wrapped over pages, hostile text survives. */
class PdfServiceImplTest {
    private final PdfService pdf = new PdfServiceImpl();

    static String text(byte[] bytes) throws Exception {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            return Normalizer.normalize(new PDFTextStripper().getText(d), Normalizer.Form.NFC);
        }
    }

    @Test
    void vietnameseComesBackWithItsDiacritics() throws Exception {
        String name = "Nguyễn Thị Hồng Đào — Đảng uỷ phường Bến Thành, điểm 18/20 (90%)";
        byte[] bytes = pdf.render(new PdfDocument("Giấy chứng nhận", true, List.of(Line.centered("GIẤY CHỨNG NHẬN", 28),
                Line.gap(12), Line.of(name, 14), Line.right("ngày 03 tháng 12 năm 2026", 12))));
        String text = text(bytes);
        assertTrue(text.contains("GIẤY CHỨNG NHẬN"), text);
        assertTrue(text.contains(name), text);
        try (PDDocument d = Loader.loadPDF(bytes)) {
            assertEquals("Giấy chứng nhận", d.getDocumentInformation().getTitle());
            assertTrue(d.getPage(0).getMediaBox().getWidth() > d.getPage(0).getMediaBox().getHeight(), "landscape");
        }
    }

    @Test
    void decomposedEmojiAndControlsNeverFail() throws Exception {
        String nfd = Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD);
        String text = text(pdf.render(new PdfDocument(null, false, List.of(Line.of(nfd + " 🎉\u0007x", 12)))));
        assertTrue(text.contains("Trần Văn Đức ? x"), text);
    }

    @Test
    void longTextWrapsAndFillsPages() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(Line.of("Dòng số " + i + " " + "nghị quyết ".repeat(30), 11));
        }
        lines.add(Line.of("x".repeat(500), 11));
        byte[] bytes = pdf.render(new PdfDocument("Báo cáo", false, lines));
        try (PDDocument d = Loader.loadPDF(bytes)) {
            assertTrue(d.getNumberOfPages() > 5, "pages: " + d.getNumberOfPages());
        }
        String text = text(bytes);
        assertTrue(text.contains("Dòng số 119"), "the last line is there");
    }

    @Test
    void oversizedInputIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> pdf.render(new PdfDocument("x", false,
                List.of(Line.of("x", 100)))));
        assertThrows(IllegalArgumentException.class, () -> pdf.render(new PdfDocument("x", false,
                List.of(Line.of("x".repeat(PdfService.MAX_CHARS + 1), 12)))));
    }
}
