package vn.sotay.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.files.internal.TestFiles.Placed;

/** The classification guard: stamps in titles and in the heading of real-looking party documents, and no false alarms. */
class ClassificationTest {
    static final Set<FileKind> DOCS = EnumSet.of(FileKind.PDF, FileKind.DOCX);

    final FileInspector inspector = new FileInspectorImpl();

    @TempDir
    Path dir;

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    Optional<String> title(String t) {
        return inspector.classificationMark(t);
    }

    @Test
    void titlesWithAStampAreMarked() {
        assertEquals(Optional.of("MẬT"), title("[MẬT] Kế hoạch bảo vệ an ninh chính trị nội bộ năm 2025"));
        assertEquals(Optional.of("TỐI MẬT"), title("Nghị quyết số 12-NQ/TU (TỐI MẬT)"));
        assertEquals(Optional.of("TUYỆT MẬT"), title("TUYỆT MẬT - Phương án phòng thủ khu vực"));
        assertEquals(Optional.of("MẬT"), title("Báo cáo tình hình - MẬT"));
        assertEquals(Optional.of("TỐI MẬT"), title("Độ mật: Tối mật. Kế hoạch tác chiến"));
        assertEquals(Optional.of("MẬT"), title("ĐỘ MẬT: MẬT"));
        assertEquals(Optional.of("TUYỆT MẬT"), title("độ mật tuyệt mật"));
        assertEquals(Optional.of("TỐI MẬT"), title(nfd("Chỉ thị 05 (TỐI MẬT)")), "decomposed input");
        assertEquals(Optional.of("MẬT"), title("\u00D0\u00D4\u0323 M\u1EACT: M\u1EACT"), "Ð look-alike, combining dot");
    }

    @Test
    void titlesAboutSecurityOrSecretsAreNotMarked() {
        for (String t : List.of("Quy chế bảo mật thông tin", "QUY CHẾ BẢO MẬT THÔNG TIN", "Quy chế bảo vệ bí mật nhà nước",
                "QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC", "Hướng dẫn đổi mật khẩu Sổ tay đảng viên", "HƯỚNG DẪN ĐẶT MẬT KHẨU",
                "Quan hệ mật thiết giữa Đảng và Nhân dân", "GẮN BÓ MẬT THIẾT VỚI NHÂN DÂN", "Công tác cơ yếu, MẬT MÃ",
                "Quy định về quản lý TÀI LIỆU MẬT", "Phân loại ĐỘ MẬT của văn bản", "Độ mật: Thường", "ĐỘ MẬT: THƯỜNG",
                "Mật độ dân số tỉnh Bình Sơn", "Nghị quyết về mật", "TOI MAT", "Kế hoạch mật", "", "   ")) {
            assertEquals(Optional.empty(), title(t), t);
        }
        assertEquals(Optional.empty(), title(null));
    }

    @Test
    void aMarkedTitleIsRefusedOnTheNamedField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> inspector.requireUnclassifiedTitle("title", "Kế hoạch số 7 (TUYỆT MẬT)"));
        assertEquals(400, e.status());
        assertEquals(FileInspector.CLASSIFIED, e.type());
        assertEquals("Tiêu đề có dấu độ mật «TUYỆT MẬT»: tài liệu chứa bí mật nhà nước không được đưa lên hệ thống này "
                + "(hệ thống có kết nối Internet). Hãy quản lý tài liệu theo quy định về bảo vệ bí mật nhà nước.", e.detail());
        assertEquals(List.of(ProblemError.field("title", e.detail())), e.errors());
        inspector.requireUnclassifiedTitle("title", "Quy chế bảo mật thông tin");
    }

    @Test
    void detectionIsLinearOnHostileInput() {
        String title = "BÍ MẬT ".repeat(200_000) + "ĐỘ ".repeat(200_000) + "MẬT KHẨU";
        String heading = ("BẢO MẬT\t".repeat(100_000) + "\n").repeat(20);
        long start = System.nanoTime();
        assertEquals(Optional.empty(), title(title));
        assertEquals(Optional.empty(), Classification.inHeading(heading));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }

    // --- documents --------------------------------------------------------------------------------

    /** The heading of a provincial committee's resolution: two columns, then the title block; {@code stamp} under the number. */
    static List<Placed> heading(String stamp, String kind, String subject) {
        List<Placed> p = new ArrayList<>(List.of(
                new Placed(60, 790, "ĐẢNG BỘ TỈNH BÌNH SƠN"), new Placed(330, 790, "ĐẢNG CỘNG SẢN VIỆT NAM"),
                new Placed(100, 772, "TỈNH ỦY"), new Placed(110, 756, "*"),
                new Placed(80, 740, "Số 12-NQ/TU"), new Placed(320, 740, "Bình Sơn, ngày 5 tháng 3 năm 2025")));
        if (stamp != null) {
            p.add(new Placed(100, 722, stamp));
        }
        p.add(new Placed(240, 690, kind));
        p.add(new Placed(150, 672, subject));
        float y = 640;
        for (String line : List.of("I. TÌNH HÌNH",
                "Các cấp ủy quán triệt và thực hiện nghiêm Luật Bảo vệ bí mật nhà nước năm 2018;",
                "tài liệu có độ mật được quản lý theo quy định, không đưa lên mạng Internet.",
                "II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường công tác bảo mật thông tin trên môi trường mạng.")) {
            p.add(new Placed(60, y, line));
            y -= 18;
        }
        return p;
    }

    void refused(String name, byte[] content, String mark) {
        ProblemException e = assertThrows(ProblemException.class, () -> inspect(name, content));
        assertEquals(400, e.status(), e.detail());
        assertEquals("classified", e.type());
        assertEquals("Tệp «" + name + "» có dấu độ mật «" + mark + "» ở phần đầu văn bản: tài liệu chứa bí mật nhà nước "
                + "không được đưa lên hệ thống này (hệ thống có kết nối Internet). Hãy quản lý tài liệu theo quy định về "
                + "bảo vệ bí mật nhà nước.", e.detail());
        assertEquals(List.of(ProblemError.field("file", e.detail())), e.errors());
    }

    void accepted(String name, byte[] content) {
        assertTrue(!inspect(name, content).text().isEmpty());
    }

    vn.sotay.api.files.InspectedFile inspect(String name, byte[] content) {
        try {
            return inspector.inspect(name, Files.write(Files.createTempFile(dir, "upload", ".tmp"), content), DOCS,
                    20L * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aStampedResolutionPdfIsRefused() {
        refused("nq-12.pdf", TestFiles.pdfLayout(heading("MẬT", "NGHỊ QUYẾT",
                "về nhiệm vụ quốc phòng, an ninh năm 2025")), "MẬT");
        refused("nq-13.pdf", TestFiles.pdfLayout(heading("TỐI MẬT", "NGHỊ QUYẾT", "về phương án phòng thủ")), "TỐI MẬT");
    }

    @Test
    void aStampBesideTheOtherColumnIsStillSeen() {
        // the stamp at the height of the date line: one text line, two columns apart
        List<Placed> p = heading(null, "KẾ HOẠCH", "triển khai nhiệm vụ năm 2025");
        p.add(new Placed(190, 740, "TUYỆT MẬT"));
        refused("kh.pdf", TestFiles.pdfLayout(p), "TUYỆT MẬT");
    }

    @Test
    void aResolutionOnProtectingStateSecretsIsAccepted() {
        accepted("qc-05.pdf", TestFiles.pdfLayout(heading(null, "QUY CHẾ",
                "BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG CÁC CƠ QUAN ĐẢNG")));
        accepted("qc-bao-mat.docx", TestFiles.docx("ĐẢNG BỘ TỈNH BÌNH SƠN\tĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY", "Số 07-QC/TU",
                "QUY CHẾ BẢO MẬT THÔNG TIN", "trên Cổng thông tin điện tử Đảng bộ tỉnh",
                "Điều 1. Tài liệu mật, tối mật, tuyệt mật không được đưa lên Cổng thông tin."));
    }

    @Test
    void aStampBelowTheHeadingAreaIsNotSought() {
        List<String> paras = new ArrayList<>(List.of("ĐẢNG BỘ TỈNH BÌNH SƠN", "TỈNH ỦY", "Số 20-HD/TU", "HƯỚNG DẪN",
                "thực hiện Quy chế bảo vệ bí mật nhà nước"));
        for (int i = 1; i <= 15; i++) {
            paras.add(i + ". Nội dung hướng dẫn thứ " + i + ".");
        }
        paras.add("Mẫu dấu: MẬT"); // an example inside the body, past the heading area
        accepted("hd-20.docx", TestFiles.docx(paras.toArray(String[]::new)));
    }

    @Test
    void aDocxStampedInItsPageHeaderOrWrittenDecomposedIsRefused() {
        refused("kh.docx", TestFiles.richDocx("Kế hoạch phòng thủ năm 2025", "Ô", "TỐI MẬT", "Chân trang", "Chú thích"),
                "TỐI MẬT");
        refused("nq.docx", TestFiles.docx(nfd("ĐẢNG BỘ TỈNH BÌNH SƠN"), nfd("Số 12-NQ/TU"), nfd("MẬT"),
                nfd("NGHỊ QUYẾT")), "MẬT");
        refused("bc.docx", TestFiles.docx("TỈNH ỦY BÌNH SƠN", "Độ mật: Tối mật", "BÁO CÁO"), "TỐI MẬT");
        refused("tb.docx", TestFiles.docx("TỈNH ỦY BÌNH SƠN", "TOI MAT", "THÔNG BÁO"), "TỐI MẬT");
    }
}
