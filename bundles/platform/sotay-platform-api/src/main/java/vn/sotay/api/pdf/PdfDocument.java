package vn.sotay.api.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A document to print: a title (the PDF's information dictionary, not drawn) and lines drawn in
 * order. Build the lines with {@link Line#of}, {@link Line#centered}, {@link Line#right} and
 * {@link Line#gap}.
 *
 * @param title     the document's title, shown by readers in their title bar
 * @param landscape A4 landscape (a certificate) rather than portrait (a report)
 * @param lines     the lines, top-down
 */
public record PdfDocument(String title, boolean landscape, List<Line> lines) {
    public PdfDocument {
        Objects.requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
        title = title == null ? "" : title;
    }

    /** How a line sits between the margins. */
    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * One line of text (wrapped when longer than the page is wide).
     *
     * @param text  the text; {@code null} or empty for an empty line of this size
     * @param size  the font size in points, 6 to 48
     * @param align where it sits
     */
    public record Line(String text, float size, Align align) {
        public Line {
            text = text == null ? "" : text;
            Objects.requireNonNull(align, "align");
        }

        public static Line of(String text, float size) {
            return new Line(text, size, Align.LEFT);
        }

        public static Line centered(String text, float size) {
            return new Line(text, size, Align.CENTER);
        }

        public static Line right(String text, float size) {
            return new Line(text, size, Align.RIGHT);
        }

        /** An empty line of {@code size} points: vertical space. */
        public static Line gap(float size) {
            return new Line("", size, Align.LEFT);
        }
    }
}
