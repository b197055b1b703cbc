package vn.sotay.api.files;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.ProblemException;

/**
 * Checks an uploaded file before a module stores it, and extracts its text for full-text search.
 *
 * <p>The kind is decided by the content (magic bytes, then a full parse), never by the name or
 * the client's {@code Content-Type}. A file is refused, with a Vietnamese {@link ProblemException}
 * on the field {@code file}, when it is
 * <ul>
 * <li>larger than {@code maxBytes}: 413 {@link ProblemException#tooLarge};</li>
 * <li>empty: 400;</li>
 * <li>of a kind not in {@code accepted} (an executable, a ZIP, a legacy {@code .doc}): 400;</li>
 * <li><em>disguised</em>: its name's extension announces another kind than its content
 * ({@code bao-cao.pdf} holding a PNG or a program): 400;</li>
 * <li>a <em>decompression bomb</em>, by what its header or table of contents declares, before
 * anything is decoded (since 1.1): 413 naming the limit, for an image of more than
 * {@link #MAX_PIXELS} pixels, a DOCX of more than {@link #MAX_ZIP_ENTRIES} entries or whose entries
 * declare more than {@link #MAX_ZIP_EXPANDED} bytes in all, a PDF of more than
 * {@link #MAX_PDF_PAGES} pages;</li>
 * <li>corrupt: the content starts like an accepted kind but does not parse (a truncated PDF, a
 * ZIP without a Word document inside), or is encrypted so that its text cannot be read: 400;</li>
 * <li>a PDF or DOCX carrying a state-secret classification mark in its heading area (since 1.1):
 * 400 of type {@link #CLASSIFIED}. The heading area is defined at {@link #HEADING_LINES}; each of its
 * lines is marked by the rules of {@link #classificationMark}, or when the line, or a part of it
 * between tabs (a table cell, a column of a PDF heading), is nothing but {@code MẬT},
 * {@code TỐI MẬT} or {@code TUYỆT MẬT} in capitals, also without diacritics ({@code TOI MAT}).
 * Scans without a text layer and stamps drawn as pictures are not seen.</li>
 * </ul>
 * Nothing is written anywhere: the caller stores the file only after this returns.
 *
 * <p>Thread-safe; extraction of a large PDF takes up to a few seconds, so call it outside any
 * database transaction. A refused bomb costs no more than reading its header.
 */
@ProviderType
public interface FileInspector {

    /** Longest text returned; the rest of a very long document is not indexed. */
    int MAX_TEXT = 2_000_000;

    /**
     * Largest image accepted, in pixels (width × height, read from the header before any pixel is
     * decoded): 40 megapixels, e.g. 7,744 × 5,165, more than any phone or office camera produces. A
     * decoder needs about 4 bytes per pixel, so a 0.5 MB PNG claiming 12,000 × 12,000 would ask
     * for 600 MB. Since 1.1.
     */
    long MAX_PIXELS = 40_000_000L;

    /**
     * Most entries (parts) a DOCX may hold, counted in the ZIP's central directory before it is
     * opened: a Word document has about 10 to 30, one with many pictures a few hundred. Since 1.1.
     */
    int MAX_ZIP_ENTRIES = 1_000;

    /**
     * Largest sum of the uncompressed sizes that a DOCX's entries declare in its central directory
     * (100 MiB), checked before it is opened. What is actually inflated is bounded as well: a part
     * larger than 64 MiB, or compressed more than 100 to 1, is refused as corrupt while it is read.
     * Since 1.1.
     */
    long MAX_ZIP_EXPANDED = 100L * 1024 * 1024;

    /** Most pages a PDF may have (its page tree's count, checked before any text is extracted). Since 1.1. */
    int MAX_PDF_PAGES = 2_000;

    /**
     * The heading area of a document, where a classification stamp stands: its first
     * {@value #HEADING_LINES} non-empty lines, within its first {@value #HEADING_CHARS} characters
     * of extracted text (page headers of a DOCX come first). Since 1.1.
     */
    int HEADING_LINES = 15;

    /** See {@link #HEADING_LINES}. */
    int HEADING_CHARS = 1_500;

    /**
     * The {@link ProblemException#type()} of a refusal for a state-secret classification mark (400),
     * so that a module can tell it apart, e.g. to audit it. Since 1.1.
     */
    String CLASSIFIED = "classified";

    /**
     * @param fileName the name the user gave the file (may be {@code null}: then only the content
     *                 decides)
     * @param content  the uploaded bytes, already on disk
     * @param accepted the kinds this upload may be
     * @param maxBytes the largest size accepted
     * @throws ProblemException when the file is refused (see above)
     */
    InspectedFile inspect(String fileName, Path content, Set<FileKind> accepted, long maxBytes);

    /**
     * The state-secret classification mark in a title (a document's or an upload's), or empty. Pure:
     * no I/O, linear in the length of {@code title}, never throws ({@code null} is empty). Since 1.1.
     *
     * <p>The text is first put in NFC (decomposed input and the look-alike {@code Ð} U+00D0 for
     * {@code Đ} are handled). A mark is:
     * <ul>
     * <li>{@code TUYỆT MẬT} or {@code TỐI MẬT} as upper-case words: answered as such;</li>
     * <li>{@code MẬT} as an upper-case word that is not part of a common compound: not after
     * {@code BÍ}, {@code BẢO}, {@code CƠ}, {@code THÂN}, {@code ĐỘ}, {@code TÚI}, {@code LIỆU},
     * {@code TIN}, {@code BẢN}, {@code SƠ} (bí mật, bảo mật, tài liệu mật, hồ sơ mật…), and not before
     * {@code KHẨU}, {@code THIẾT}, {@code MÃ}, {@code ĐỘ}, {@code ONG}, {@code BÁO}, {@code THƯ},
     * {@code DANH}, {@code VỤ}, {@code THÁM}, {@code LỆNH}, {@code KHU}, {@code MÍA}, {@code ƯỚC}, {@code NGỌT},
     * {@code ĐẠO} (mật khẩu, mật thiết, mật mã, mật độ…): answered {@code MẬT};</li>
     * <li>{@code Độ mật} in any case, with or without a colon, followed by a level ({@code Mật},
     * {@code Tối mật}, {@code Tuyệt mật}, any case): answered with that level in upper case
     * ({@code Độ mật: Thường} is no mark).</li>
     * </ul>
     * So {@code [MẬT] Kế hoạch...}, {@code Nghị quyết 12-NQ/TU (TỐI MẬT)} are marked; {@code Quy chế
     * bảo mật thông tin}, {@code QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC}, {@code Đổi mật khẩu},
     * {@code Quan hệ mật thiết}, {@code Kế hoạch mật} (lower case) are not. Marks without their
     * diacritics ({@code TOI MAT}) are not recognised in a title: without accents the words are
     * ambiguous ({@code mặt}, {@code mất}, {@code mắt}).
     *
     * @return {@code MẬT}, {@code TỐI MẬT} or {@code TUYỆT MẬT}
     */
    Optional<String> classificationMark(String title);

    /**
     * Refuses a title that carries a classification mark ({@link #classificationMark}): a 400
     * {@link ProblemException} of type {@link #CLASSIFIED} on {@code field}, whose Vietnamese detail
     * names the mark and says that documents holding state secrets may not be put on this system.
     * Returns normally otherwise. Since 1.1.
     */
    void requireUnclassifiedTitle(String field, String title);
}
