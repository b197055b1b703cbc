package vn.sotay.files.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;

/** The Vietnamese refusals of one upload, each on the field {@code file}. */
final class Refusals {
    static final String FIELD = "file";

    private final String file;
    private final Set<FileKind> accepted;

    Refusals(String fileName, Set<FileKind> accepted) {
        String shown = FileNames.shown(fileName);
        this.file = shown == null ? "Tệp tải lên" : "Tệp «" + shown + "»";
        this.accepted = accepted;
    }

    /** How a kind is called in a sentence: {@code PDF}, {@code ảnh PNG}. */
    static String name(FileKind kind) {
        return switch (kind) {
            case PDF -> "PDF";
            case DOCX -> "tài liệu Word (DOCX)";
            case PNG -> "ảnh PNG";
            case JPEG -> "ảnh JPEG";
            case GIF -> "ảnh GIF";
            case WEBP -> "ảnh WebP";
        };
    }

    /** Nothing to keep: a validation error (400), not a size problem. */
    ProblemException empty() {
        return invalid(file + " rỗng (0 byte), không có nội dung để lưu.");
    }

    ProblemException tooLarge(long size, long max) {
        return problem(413, "Tệp quá lớn", file + " nặng " + megabytes(size) + ", vượt giới hạn " + megabytes(max)
                + " cho mỗi tệp.");
    }

    /** An image whose header declares more than {@link FileInspector#MAX_PIXELS} pixels. */
    ProblemException tooManyPixels(int width, int height) {
        return problem(413, "Tệp quá lớn", file + " là ảnh " + number(width) + " × " + number(height) + " điểm ảnh ("
                + millions((long) width * height) + " triệu điểm ảnh), vượt giới hạn "
                + millions(FileInspector.MAX_PIXELS) + " triệu điểm ảnh cho mỗi ảnh; hãy thu nhỏ ảnh rồi tải lên lại.");
    }

    /** A DOCX whose central directory lists more than {@link FileInspector#MAX_ZIP_ENTRIES} entries. */
    ProblemException tooManyEntries(int entries) {
        return problem(413, "Tệp quá lớn", file + " chứa " + number(entries) + " tệp thành phần, vượt giới hạn "
                + number(FileInspector.MAX_ZIP_ENTRIES) + " tệp thành phần cho một tài liệu Word.");
    }

    /** A DOCX whose entries declare more than {@link FileInspector#MAX_ZIP_EXPANDED} bytes uncompressed. */
    ProblemException tooLargeExpanded(long bytes) {
        return problem(413, "Tệp quá lớn", file + " khi giải nén sẽ chiếm " + megabytes(bytes) + ", vượt giới hạn "
                + megabytes(FileInspector.MAX_ZIP_EXPANDED) + " cho một tài liệu Word.");
    }

    /** A PDF of more than {@link FileInspector#MAX_PDF_PAGES} pages ({@code atLeast}: the walk stopped at the bound). */
    ProblemException tooManyPages(int pages, boolean atLeast) {
        return problem(413, "Tệp quá lớn", file + " có " + (atLeast ? "hơn " + number(FileInspector.MAX_PDF_PAGES)
                : number(pages)) + " trang, vượt giới hạn " + number(FileInspector.MAX_PDF_PAGES)
                + " trang cho mỗi tệp PDF.");
    }

    /** A document whose heading carries a state-secret mark. */
    ProblemException classified(String mark) {
        return classified(FIELD, file + " có dấu độ mật «" + mark + "» ở phần đầu văn bản");
    }

    /** A title carrying a state-secret mark, refused on {@code field}. */
    static ProblemException classifiedTitle(String field, String mark) {
        return classified(field, "Tiêu đề có dấu độ mật «" + mark + "»");
    }

    private static ProblemException classified(String field, String what) {
        String detail = what + ": tài liệu chứa bí mật nhà nước không được đưa lên hệ thống này (hệ thống có kết nối "
                + "Internet). Hãy quản lý tài liệu theo quy định về bảo vệ bí mật nhà nước.";
        return new ProblemException(400, FileInspector.CLASSIFIED, "Tài liệu mật không được đưa lên", detail,
                List.of(ProblemError.field(field, detail)));
    }

    /** Content of no kind the platform knows ({@code what} null) or of another known sort. */
    ProblemException unknown(String what) {
        return invalid(file + (what == null ? " không phải là loại tệp được nhận" : " là " + what
                + ", không phải loại tệp được nhận") + " (chỉ nhận " + acceptedList() + ").");
    }

    /** The name's extension announces something else than the content. */
    ProblemException disguised(String ext, String what) {
        return invalid(file + " có đuôi ." + ext + " nhưng nội dung là " + (what == null ? "một loại tệp khác" : what)
                + ": tên tệp không khớp với nội dung nên tệp không được nhận.");
    }

    /** A kind the platform knows, named like a program. */
    ProblemException programName(String ext, FileKind kind) {
        return invalid(file + " có đuôi ." + ext + " của một chương trình máy tính nhưng nội dung là " + name(kind)
                + ": hãy đặt lại tên tệp với đuôi ." + kind.extension() + " rồi tải lên lại.");
    }

    ProblemException notAccepted(FileKind kind) {
        return invalid(file + " là " + name(kind) + ", loại tệp này không được nhận ở đây (chỉ nhận "
                + acceptedList() + ").");
    }

    ProblemException corrupt(FileKind kind) {
        return invalid(file + " không phải là " + name(kind)
                + " hợp lệ (tệp bị hỏng hoặc không đúng định dạng).");
    }

    ProblemException encrypted() {
        return invalid(file + " là PDF có đặt mật khẩu nên không đọc được nội dung; hãy gỡ mật khẩu rồi tải lên lại.");
    }

    private String acceptedList() {
        String list = Arrays.stream(FileKind.values()).filter(accepted::contains).map(Enum::name)
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "không loại nào" : list;
    }

    /** {@code 12.000}: Vietnamese thousands separator. */
    static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** Pixels in millions, one decimal at most: {@code 144}, {@code 40,5}. */
    static String millions(long pixels) {
        return BigDecimal.valueOf(pixels).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** {@code 20 MB}, {@code 1,5 MB}, {@code 300 KB}, {@code 12 byte}: Vietnamese decimal comma. */
    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        boolean mb = bytes >= 1024 * 1024;
        BigDecimal v = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb ? 1024 * 1024 : 1024), 1,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return v.toPlainString().replace('.', ',') + (mb ? " MB" : " KB");
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.invalid(FIELD, detail);
    }

    private static ProblemException problem(int status, String title, String detail) {
        return new ProblemException(status, "too-large", title, detail, List.of(ProblemError.field(FIELD, detail)));
    }
}
