package vn.sotay.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

/** Decompression bombs refused by what headers and tables of contents declare; GIF and WebP; dimensions. */
class UploadBoundsTest {
    static final Set<FileKind> IMAGES = EnumSet.of(FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP);
    static final Set<FileKind> DOCS = EnumSet.of(FileKind.PDF, FileKind.DOCX);
    static final long MAX = 20L * 1024 * 1024;

    final FileInspector inspector = new FileInspectorImpl();

    @TempDir
    Path dir;

    InspectedFile inspect(String name, byte[] content, Set<FileKind> accepted) {
        try {
            return inspector.inspect(name, Files.write(Files.createTempFile(dir, "upload", ".tmp"), content), accepted, MAX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 413 of type too-large on the field file, with its Vietnamese detail. */
    String tooLarge(String name, byte[] content, Set<FileKind> accepted) {
        ProblemException e = assertThrows(ProblemException.class, () -> inspect(name, content, accepted));
        assertEquals(413, e.status(), e.detail());
        assertEquals("too-large", e.type());
        assertEquals(List.of(ProblemError.field("file", e.detail())), e.errors());
        return e.detail();
    }

    @Test
    void aPngClaiming12000By12000IsRefusedFromItsHeaderWithoutDecoding() {
        // the pixel data is garbage: had it been decoded, the answer would be 400 (corrupt)
        long start = System.nanoTime();
        String detail = tooLarge("bom.png", TestFiles.pngHeaderOnly(12_000, 12_000), IMAGES);
        assertEquals("Tệp «bom.png» là ảnh 12.000 × 12.000 điểm ảnh (144 triệu điểm ảnh), vượt giới hạn 40 triệu điểm "
                + "ảnh cho mỗi ảnh; hãy thu nhỏ ảnh rồi tải lên lại.", detail);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused from the header, quickly");
    }

    @Test
    void aRealPngBombIsRefusedQuickly() {
        byte[] bomb = TestFiles.pngBomb(12_000, 12_000);
        assertTrue(bomb.length < 600_000, "small on disk: " + bomb.length);
        long start = System.nanoTime();
        tooLarge(null, bomb, IMAGES);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 500, "refused in " + ms + " ms");
    }

    @Test
    void anImageAtThePixelBudgetPassesWithItsDimensions() {
        // 8000 × 5000 = 40 megapixels exactly: accepted, its rows decoded subsampled
        InspectedFile f = inspect("toan-canh.png", TestFiles.pngBomb(8000, 5000), IMAGES);
        assertEquals(FileKind.PNG, f.kind());
        assertEquals(8000, f.width());
        assertEquals(5000, f.height());
        tooLarge("lon.png", TestFiles.pngHeaderOnly(8001, 5000), IMAGES);
        InspectedFile jpeg = inspect("anh.jpg", TestFiles.image("jpeg", 640, 480), IMAGES);
        assertEquals(640, jpeg.width());
        assertEquals(480, jpeg.height());
        assertEquals(0, jpeg.pages());
    }

    @Test
    void gifAndWebpAreKindsWithTheirDimensions() {
        InspectedFile gif = inspect("dong.gif", TestFiles.image("gif", 120, 80), IMAGES);
        assertEquals(FileKind.GIF, gif.kind());
        assertEquals("image/gif", gif.kind().mediaType());
        assertEquals(120, gif.width());
        assertEquals(80, gif.height());
        InspectedFile webp = inspect("anh.webp", TestFiles.webp(320, 240), IMAGES);
        assertEquals(FileKind.WEBP, webp.kind());
        assertEquals(320, webp.width());
        assertEquals(240, webp.height());
        tooLarge("bom.webp", TestFiles.webp(16_000, 16_000), IMAGES);
        // a GIF whose logical screen claims 65535 × 65535 over a tiny frame
        byte[] screen = TestFiles.image("gif", 4, 4);
        screen[6] = screen[7] = screen[8] = screen[9] = (byte) 0xFF;
        assertTrue(tooLarge("bom.gif", screen, IMAGES).contains("65.535 × 65.535"));
        // the name announces the kind: a GIF named .png is disguised
        ProblemException e = assertThrows(ProblemException.class,
                () -> inspect("anh.png", TestFiles.image("gif", 8, 8), IMAGES));
        assertEquals("Tệp «anh.png» có đuôi .png nhưng nội dung là ảnh GIF: tên tệp không khớp với nội dung nên tệp "
                + "không được nhận.", e.detail());
        // a truncated WebP header is corrupt
        assertEquals(400, assertThrows(ProblemException.class,
                () -> inspect("anh.webp", TestFiles.head(TestFiles.webp(10, 10), 16), IMAGES)).status());
    }

    @Test
    void aZipWith10000EntriesIsRefusedBeforePoiOpensIt() {
        byte[] docx = TestFiles.docxWithEntries(10_000, "Nghị quyết");
        assertEquals("Tệp «nhieu.docx» chứa 10.003 tệp thành phần, vượt giới hạn 1.000 tệp thành phần cho một tài liệu "
                + "Word.", tooLarge("nhieu.docx", docx, DOCS));
        // a DOCX with a few hundred parts (pictures) is still read
        assertEquals("Nghị quyết", inspect("anh.docx", TestFiles.docxWithEntries(300, "Nghị quyết"), DOCS).text());
    }

    @Test
    void aDocxWhoseDeclaredSizesExceedTheBoundIsRefused() {
        byte[] bomb = TestFiles.docxExpanding(FileInspector.MAX_ZIP_EXPANDED + 1, "Nghị quyết");
        assertTrue(bomb.length < 1_000_000, "small on disk: " + bomb.length);
        long start = System.nanoTime();
        assertEquals("Tệp «bom.docx» khi giải nén sẽ chiếm 100 MB, vượt giới hạn 100 MB cho một tài liệu Word.",
                tooLarge("bom.docx", bomb, DOCS));
        assertTrue(System.nanoTime() - start < 500_000_000L, "nothing inflated");
        // the same file with a 1 MB picture is fine
        assertEquals("Nghị quyết", inspect("anh.docx", TestFiles.docxExpanding(1024 * 1024, "Nghị quyết"), DOCS).text());
    }

    @Test
    void aPdfOverThePageBoundIsRefused() {
        assertEquals("Tệp «dai.pdf» có 2.001 trang, vượt giới hạn 2.000 trang cho mỗi tệp PDF.",
                tooLarge("dai.pdf", TestFiles.blankPdf(FileInspector.MAX_PDF_PAGES + 1), DOCS));
        assertEquals(FileInspector.MAX_PDF_PAGES,
                inspect("day-du.pdf", TestFiles.blankPdf(FileInspector.MAX_PDF_PAGES), DOCS).pages());
    }

    @Test
    void documentsHaveNoDimensionsAndTheOldConstructorStillWorks() {
        InspectedFile f = inspect("nq.pdf", TestFiles.pdf("Nghị quyết"), DOCS);
        assertEquals(0, f.width());
        assertEquals(0, f.height());
        assertEquals(new InspectedFile(FileKind.PDF, 1, "a", "b", 2, 0, 0), new InspectedFile(FileKind.PDF, 1, "a", "b", 2));
    }
}
