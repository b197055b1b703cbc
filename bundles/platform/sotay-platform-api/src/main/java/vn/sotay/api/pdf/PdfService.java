package vn.sotay.api.pdf;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lays out a {@link PdfDocument} as an A4 PDF (portrait or landscape) and returns its bytes.
 *
 * <p><b>Font.</b> Every line is drawn in Liberation Sans 2.1 (SIL Open Font License 1.1), the
 * TrueType font Apache PDFBox itself carries, embedded as a subset: it has every precomposed
 * Vietnamese letter ({@code Đ}, {@code ạ}, {@code ệ}, {@code ữ}...). PDF's Standard 14 fonts encode
 * WinAnsi only and the JDK ships no font, so a module must not draw Vietnamese any other way
 * (docs/stack.md, trap 17). Text is normalised to NFC first (typed in NFD on macOS or pasted from
 * Word, it would otherwise miss glyphs: trap 8); a character the font still lacks (emoji, controls)
 * becomes {@code ?}, never a failure.
 *
 * <p><b>Layout.</b> Lines go top-down from the top margin, each wrapped at word boundaries to the
 * page width (a word longer than the width is cut), a new page started when the page is full.
 * The text is real text: a reader can select it, search it, and PDFBox's {@code PDFTextStripper}
 * reads it back (the tests do).
 *
 * <p><b>Bounds.</b> At most {@link #MAX_LINES} lines, each at most {@link #MAX_CHARS} characters,
 * sizes from 6 to 48 points: beyond that {@link IllegalArgumentException}, a programming error of
 * the calling module (its input is bounded before it gets here).
 *
 * <p>Thread-safe; a one-page document takes a few milliseconds once the font is warm. Call it
 * outside any database transaction.
 */
@ProviderType
public interface PdfService {
    /** Lines in one document, at most. */
    int MAX_LINES = 20_000;
    /** Characters in one line, at most. */
    int MAX_CHARS = 10_000;

    /** The document as PDF bytes (version 1.7, the title in its information dictionary). */
    byte[] render(PdfDocument document);
}
