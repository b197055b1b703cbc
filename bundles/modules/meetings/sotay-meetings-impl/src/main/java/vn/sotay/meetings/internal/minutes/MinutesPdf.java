package vn.sotay.meetings.internal.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The minutes as an A4 PDF. The text is Vietnamese, which no Standard 14 font encodes (WinAnsi has
 * no {@code Đ}, {@code ạ}, {@code ệ}...), and the JDK ships no font: we embed a subset of Liberation
 * Sans 2.1, which PDFBox itself carries ({@code org/apache/pdfbox/resources/ttf}) and which covers
 * Latin Extended Additional (docs/stack.md, trap 17). Characters the font lacks become {@code ?}.
 */
final class MinutesPdf {
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56, SIZE = 12, LEADING = 16;

    private MinutesPdf() {
    }

    static byte[] render(Minutes m) {
        try (PDDocument doc = new PDDocument(); InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(doc, in, true);
            Writer w = new Writer(doc, font);
            w.columns(upper(m.superiorName()), MinutesDraft.PARTY, SIZE);
            w.columns(upper(m.orgName()), "", SIZE);
            w.columns("*", m.placeAndDate(), SIZE - 1);
            w.gap();
            for (String line : m.title().split("\n")) {
                w.centered(line, line.equals(line.toUpperCase()) ? 15 : SIZE);
            }
            w.gap();
            for (Minutes.Section s : m.sections()) {
                if (s.title() != null && !s.title().isBlank()) {
                    w.paragraph(s.title(), SIZE + 1);
                }
                for (String p : (s.body() == null ? "" : s.body()).split("\n")) {
                    w.paragraph(p, SIZE);
                }
            }
            w.gap();
            w.columns("THƯ KÝ", "CHỦ TRÌ", SIZE);
            w.columns("(ký, ghi rõ họ tên)", "(ký, ghi rõ họ tên)", SIZE - 2);
            w.gap();
            w.gap();
            w.columns(nz(m.clerkName()), nz(m.chairName()), SIZE);
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Writes lines top-down, wrapping words and starting pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private final Map<Integer, Float> widths = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            page();
        }

        void page() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            cs = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap() throws IOException {
            down(LEADING / 2);
        }

        void columns(String left, String right, float size) throws IOException {
            down(LEADING);
            float half = width / 2;
            text(MARGIN + (half - w(left, size)) / 2, left, size);
            text(MARGIN + half + (half - w(right, size)) / 2, right, size);
        }

        void centered(String s, float size) throws IOException {
            down(LEADING + 2);
            text(MARGIN + (width - w(s, size)) / 2, s, size);
        }

        void paragraph(String p, float size) throws IOException {
            for (String line : wrap(safe(p), size)) {
                down(LEADING);
                text(MARGIN, line, size);
            }
        }

        /** Greedy word wrap; a word longer than a line is cut between characters. Linear in the text. */
        private List<String> wrap(String p, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lw = 0;
            float space = cw(' ', size);
            for (String word : p.split(" ")) {
                float ww = 0;
                for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                    ww += cw(word.codePointAt(i), size);
                }
                if (!line.isEmpty() && lw + space + ww <= width) {
                    line.append(' ').append(word);
                    lw += space + ww;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lw = 0;
                }
                for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                    int cp = word.codePointAt(i);
                    float c = cw(cp, size);
                    if (lw + c > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lw = 0;
                    }
                    line.appendCodePoint(cp);
                    lw += c;
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Width of one (safe) code point at {@code size}. */
        private float cw(int cp, float size) throws IOException {
            Float u = widths.get(cp);
            if (u == null) {
                u = font.getStringWidth(safe(Character.toString(cp)));
                widths.put(cp, u);
            }
            return u / 1000 * size;
        }

        private void down(float by) throws IOException {
            y -= by;
            if (y < MARGIN) {
                page();
                y -= by;
            }
        }

        private void text(float x, String s, float size) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(safe(s));
            cs.endText();
        }

        private float w(String s, float size) throws IOException {
            return font.getStringWidth(safe(s)) / 1000 * size;
        }

        /** NFC, and every code point the font cannot draw (controls, emoji...) as {@code ?}. */
        private String safe(String s) {
            String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
            StringBuilder b = new StringBuilder(n.length());
            n.codePoints().forEach(cp -> {
                Boolean ok = drawable.get(cp);
                if (ok == null) {
                    try {
                        ok = cp >= 0x20 && font.encode(Character.toString(cp)).length > 0;
                    } catch (IOException | IllegalArgumentException e) {
                        ok = false;
                    }
                    drawable.put(cp, ok);
                }
                b.appendCodePoint(ok ? cp : cp == '\t' ? ' ' : '?');
            });
            return b.toString();
        }

        void close() throws IOException {
            cs.close();
        }
    }
}
