package vn.sotay.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

class FileInspectorImplTest {
    static final String NQ = "Nghị quyết về công tác xây dựng Đảng";
    static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);
    static final Set<FileKind> DOCS = EnumSet.of(FileKind.PDF, FileKind.DOCX);
    static final long MAX = 20L * 1024 * 1024;

    final FileInspector inspector = new FileInspectorImpl();

    @TempDir
    Path dir;

    Path write(byte[] content) {
        try {
            return Files.write(Files.createTempFile(dir, "upload", ".tmp"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InspectedFile inspect(String name, byte[] content, Set<FileKind> accepted) {
        return inspector.inspect(name, write(content), accepted, MAX);
    }

    /** The refusal of {@code content}, checked to carry {@code status} and its detail on the field {@code file}. */
    ProblemException refused(int status, String name, byte[] content, Set<FileKind> accepted) {
        ProblemException e = assertThrows(ProblemException.class, () -> inspect(name, content, accepted));
        assertEquals(status, e.status(), e.detail());
        assertEquals(java.util.List.of(ProblemError.field("file", e.detail())), e.errors());
        return e;
    }

    // --- accepted files --------------------------------------------------------------------------

    @Test
    void pdfWithVietnameseTextRoundTrips() throws Exception {
        byte[] pdf = TestFiles.pdf(NQ, "Trang hai: chi bộ, đảng viên");
        InspectedFile f = inspect("nghi-quyet.pdf", pdf, DOCS);
        assertEquals(FileKind.PDF, f.kind());
        assertEquals(2, f.pages());
        assertEquals(pdf.length, f.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), f.sha256());
        assertEquals(NQ + " Trang hai: chi bộ, đảng viên", f.text());
    }

    @Test
    void pdfOpenableWithoutPasswordIsRead() {
        InspectedFile f = inspect("bao-cao.pdf", TestFiles.encryptedPdf("chu-so-huu", "", NQ), DOCS);
        assertEquals(NQ, f.text());
        assertEquals(1, f.pages());
    }

    @Test
    void docxTextIsNormalisedAndCollapsed() {
        String nfd = java.text.Normalizer.normalize(NQ, java.text.Normalizer.Form.NFD);
        InspectedFile f = inspect("nghi-quyet.docx", TestFiles.docx(nfd, "  Chi   bộ\u00A0Bình Sơn  "), DOCS);
        assertEquals(FileKind.DOCX, f.kind());
        assertEquals(0, f.pages());
        assertEquals(NQ + " Chi bộ Bình Sơn", f.text());
    }

    @Test
    void docxWithTableHeaderFooterPictureAndChartIsRead() {
        InspectedFile f = inspect("ke-hoach.docx", TestFiles.richDocx("Kế hoạch năm 2025", "Ô trong bảng",
                "Đầu trang Đảng ủy", "Chân trang 1", "Chú thích cuối trang"), DOCS);
        for (String part : new String[] {"Kế hoạch năm 2025", "Ô trong bảng", "Đầu trang Đảng ủy", "Chân trang 1",
                "Chú thích cuối trang"}) {
            assertTrue(f.text().contains(part), part + " missing from: " + f.text());
        }
        assertTrue(!f.text().contains("footnoteRef"), f.text());
    }

    @Test
    void imagesAreDecodedAndHaveNoText() {
        InspectedFile png = inspect("anh.png", TestFiles.image("png", 64, 48), ALL);
        assertEquals(FileKind.PNG, png.kind());
        assertEquals("", png.text());
        assertEquals(0, png.pages());
        byte[] jpeg = TestFiles.image("jpeg", 2500, 1200); // decoded subsampled
        assertEquals(FileKind.JPEG, inspect("anh.jpg", jpeg, ALL).kind());
        assertEquals(FileKind.JPEG, inspect("anh.JPEG", jpeg, ALL).kind());
        assertEquals(FileKind.JPEG, inspect("anh", jpeg, ALL).kind());
    }

    @Test
    void withoutNameOrExtensionTheContentDecides() {
        assertEquals(FileKind.PDF, inspect(null, TestFiles.pdf(NQ), DOCS).kind());
        assertEquals(FileKind.DOCX, inspect("Nghị quyết 01.2024 về công tác", TestFiles.docx(NQ), DOCS).kind());
        assertEquals(FileKind.DOCX, inspect("bien-ban.doc", TestFiles.docx(NQ), DOCS).kind());
    }

    @Test
    void textIsCappedAtMaxText() {
        String[] words = {"Đảng", "ủy", "chi", "bộ", "nghị", "quyết", "xây", "dựng", "công", "tác", "tổ", "chức",
                "đảng", "viên", "kiểm", "tra", "giám", "sát", "học", "tập", "năm", "2025", "tỉnh", "Bình", "Sơn"};
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(42);
        while (b.length() < FileInspector.MAX_TEXT + 1000) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        InspectedFile f = inspect("dai.docx", TestFiles.docx(b.toString()), DOCS);
        assertTrue(f.text().length() <= FileInspector.MAX_TEXT && f.text().length() > FileInspector.MAX_TEXT - 10,
                "cut at the cap: " + f.text().length());
        assertTrue(b.toString().startsWith(f.text()));
        assertTrue(!f.text().endsWith(" "));
    }

    @Test
    void zipBombIsRefusedAsCorrupt() {
        // 2.4 MB of one repeated word deflate below POI's 1 % ratio: refused before it is inflated
        String line = "Đảng ".repeat(500_000);
        assertEquals("Tệp «bom.docx» không phải là tài liệu Word (DOCX) hợp lệ (tệp bị hỏng hoặc không đúng định "
                + "dạng).", refused(400, "bom.docx", TestFiles.docx(line), DOCS).detail());
    }

    @Test
    void docxZippedWithUnixExtraFieldsIsRead() {
        // Info-ZIP on Linux (zip -r) writes the 0x7875 uid/gid field: commons-compress parses it with commons-lang3
        InspectedFile f = inspect("unix.docx", TestFiles.withUnixExtraFields(TestFiles.docx(NQ)), DOCS);
        assertEquals(NQ, f.text());
    }

    @Test
    void concurrentInspectionsAgreeAndRestoreTheContextClassLoader() throws Exception {
        Path pdf = write(TestFiles.pdf(NQ));
        Path docx = write(TestFiles.richDocx("Kế hoạch", "Ô", "Đầu", "Chân", "Chú thích"));
        ClassLoader mine = new java.net.URLClassLoader(new java.net.URL[0]);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            t.setContextClassLoader(mine);
            return t;
        });
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path p = i % 2 == 0 ? pdf : docx;
                results.add(pool.submit(() -> {
                    String text = inspector.inspect(p.getFileName() + (p == pdf ? ".pdf" : ".docx"), p, DOCS, MAX).text();
                    assertEquals(mine, Thread.currentThread().getContextClassLoader());
                    return text;
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? NQ : "Đầu Kế hoạch [1: Chú thích] Ô Chân", results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- refusals --------------------------------------------------------------------------------

    @Test
    void emptyIs400() {
        assertEquals("Tệp «rong.pdf» rỗng (0 byte), không có nội dung để lưu.",
                refused(400, "rong.pdf", new byte[0], DOCS).detail());
    }

    @Test
    void oversizedIs413NamingTheLimitInMegabytes() throws Exception {
        Path big = write(new byte[1024 * 1024 + 1]);
        ProblemException e = assertThrows(ProblemException.class,
                () -> inspector.inspect("lon.pdf", big, DOCS, 1024 * 1024));
        assertEquals(413, e.status());
        assertEquals("too-large", e.type());
        assertEquals("Tệp «lon.pdf» nặng 1 MB, vượt giới hạn 1 MB cho mỗi tệp.", e.detail());
        ProblemException e2 = assertThrows(ProblemException.class,
                () -> inspector.inspect("lon.pdf", write(TestFiles.pdf(NQ)), DOCS, 1000));
        assertTrue(e2.detail().endsWith("vượt giới hạn 1000 byte cho mỗi tệp."), e2.detail());
        assertEquals("20 MB", Refusals.megabytes(MAX));
        assertEquals("1,5 MB", Refusals.megabytes(1536 * 1024));
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] pdf = TestFiles.pdf(NQ);
        assertEquals("Tệp «bao-cao.pdf» không phải là PDF hợp lệ (tệp bị hỏng hoặc không đúng định dạng).",
                refused(400, "bao-cao.pdf", TestFiles.head(pdf, pdf.length / 2), DOCS).detail());
    }

    @Test
    void pdfThatPdfBoxCannotLoadIsCorrupt() {
        byte[] junk = "%PDF-1.7\nnot a pdf at all, just words\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("Tệp «bao-cao.pdf» không phải là PDF hợp lệ (tệp bị hỏng hoặc không đúng định dạng).",
                refused(400, "bao-cao.pdf", junk, DOCS).detail());
    }

    @Test
    void encryptedPdfIsRefused() {
        assertEquals("Tệp «mat.pdf» là PDF có đặt mật khẩu nên không đọc được nội dung; hãy gỡ mật khẩu rồi tải lên lại.",
                refused(400, "mat.pdf", TestFiles.encryptedPdf("chu", "nguoi-doc", NQ), DOCS).detail());
    }

    @Test
    void pdfNameOnPngContentIsDisguised() {
        assertEquals("Tệp «bao-cao.pdf» có đuôi .pdf nhưng nội dung là ảnh PNG: tên tệp không khớp với nội dung nên "
                + "tệp không được nhận.", refused(400, "bao-cao.pdf", TestFiles.image("png", 8, 8), ALL).detail());
        assertEquals("Tệp «anh.png» có đuôi .png nhưng nội dung là ảnh JPEG: tên tệp không khớp với nội dung nên "
                + "tệp không được nhận.", refused(400, "anh.png", TestFiles.image("jpeg", 8, 8), ALL).detail());
    }

    @Test
    void programsAreRefusedWhateverTheirName() {
        assertEquals("Tệp «bao-cao.pdf» có đuôi .pdf nhưng nội dung là một chương trình máy tính: tên tệp không khớp "
                + "với nội dung nên tệp không được nhận.", refused(400, "bao-cao.pdf", TestFiles.exe(), DOCS).detail());
        assertEquals("Tệp «nghi-quyet.docx» có đuôi .docx nhưng nội dung là một chương trình máy tính: tên tệp không "
                + "khớp với nội dung nên tệp không được nhận.",
                refused(400, "nghi-quyet.docx", TestFiles.elf(), DOCS).detail());
        assertEquals("Tệp «setup.exe» là một chương trình máy tính, không phải loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, "setup.exe", TestFiles.exe(), DOCS).detail());
        assertEquals("Tệp tải lên là một chương trình máy tính, không phải loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, null, "#!/bin/sh\nrm -rf /\n".getBytes(), DOCS).detail());
    }

    @Test
    void documentNamedLikeAProgramIsRefused() {
        assertEquals("Tệp «bao-cao.exe» có đuôi .exe của một chương trình máy tính nhưng nội dung là PDF: hãy đặt lại "
                + "tên tệp với đuôi .pdf rồi tải lên lại.", refused(400, "bao-cao.exe", TestFiles.pdf(NQ), DOCS).detail());
    }

    @Test
    void zipWithoutWordDocumentNamedDocxIsCorrupt() {
        byte[] zip = TestFiles.zip(Map.of("readme.txt", "xin chào"), Map.of());
        assertEquals("Tệp «nghi-quyet.docx» không phải là tài liệu Word (DOCX) hợp lệ (tệp bị hỏng hoặc không đúng "
                + "định dạng).", refused(400, "nghi-quyet.docx", zip, DOCS).detail());
        assertEquals("Tệp «tai-lieu.zip» là tệp nén ZIP, không phải loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, "tai-lieu.zip", zip, DOCS).detail());
        byte[] broken = TestFiles.head(TestFiles.docx(NQ), 100);
        assertEquals("Tệp «hong.docx» không phải là tài liệu Word (DOCX) hợp lệ (tệp bị hỏng hoặc không đúng định "
                + "dạng).", refused(400, "hong.docx", broken, DOCS).detail());
    }

    @Test
    void docxWhosePartsPoiCannotReadIsCorrupt() {
        byte[] bad = TestFiles.zip(Map.of("word/document.xml", "<w:document><w:body><w:p>không đóng thẻ"), Map.of());
        assertEquals("Tệp «hong.docx» không phải là tài liệu Word (DOCX) hợp lệ (tệp bị hỏng hoặc không đúng định "
                + "dạng).", refused(400, "hong.docx", bad, DOCS).detail());
    }

    @Test
    void otherOfficeFilesAreNamed() {
        assertEquals("Tệp «bien-ban.doc» là tài liệu Office đời cũ (DOC, XLS, PPT) hoặc tài liệu Office có đặt mật khẩu, "
                + "không phải loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, "bien-ban.doc", TestFiles.legacyDoc(), DOCS).detail());
        byte[] xlsx = TestFiles.zip(Map.of("xl/workbook.xml", "<workbook/>"), Map.of());
        assertEquals("Tệp «so-lieu.xlsx» là bảng tính Excel (XLSX), không phải loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, "so-lieu.xlsx", xlsx, DOCS).detail());
        byte[] docm = TestFiles.zip(Map.of("word/document.xml", "<x/>", "word/vbaProject.bin", "macro"), Map.of());
        assertTrue(refused(400, "macro.docx", docm, DOCS).detail()
                .startsWith("Tệp «macro.docx» có đuôi .docx nhưng nội dung là tài liệu Word có macro (DOCM)"));
    }

    @Test
    void unknownContentIsRefused() {
        assertEquals("Tệp «ghi-chu.txt» không phải là loại tệp được nhận (chỉ nhận PDF, DOCX).",
                refused(400, "ghi-chu.txt", "chỉ là chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8), DOCS).detail());
    }

    @Test
    void kindNotAcceptedIsRefused() {
        assertEquals("Tệp «anh.png» là ảnh PNG, loại tệp này không được nhận ở đây (chỉ nhận PDF, DOCX).",
                refused(400, "anh.png", TestFiles.image("png", 8, 8), DOCS).detail());
        assertEquals("Tệp «nq.pdf» là PDF, loại tệp này không được nhận ở đây (chỉ nhận PNG, JPEG).",
                refused(400, "nq.pdf", TestFiles.pdf(NQ), EnumSet.of(FileKind.PNG, FileKind.JPEG)).detail());
    }

    @Test
    void truncatedImagesAreCorrupt() {
        byte[] png = TestFiles.image("png", 300, 300);
        assertEquals("Tệp «anh.png» không phải là ảnh PNG hợp lệ (tệp bị hỏng hoặc không đúng định dạng).",
                refused(400, "anh.png", TestFiles.head(png, png.length / 2), ALL).detail());
        byte[] jpeg = TestFiles.image("jpeg", 300, 300);
        assertEquals("Tệp «anh.jpg» không phải là ảnh JPEG hợp lệ (tệp bị hỏng hoặc không đúng định dạng).",
                refused(400, "anh.jpg", TestFiles.head(jpeg, jpeg.length / 2), ALL).detail());
        assertEquals("Tệp «anh.jpg» không phải là ảnh JPEG hợp lệ (tệp bị hỏng hoặc không đúng định dạng).",
                refused(400, "anh.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, ALL).detail());
    }

    @Test
    void pathsAndControlCharactersLeaveTheShownName() {
        assertTrue(refused(400, "C:\\fakepath\\bao\u0007cao.pdf", TestFiles.image("png", 8, 8), ALL).detail()
                .startsWith("Tệp «baocao.pdf» có đuôi .pdf"));
    }
}
