package vn.sotay.files.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;

import vn.sotay.api.pdf.PdfDocument;
import vn.sotay.api.pdf.PdfDocument.Line;
import vn.sotay.api.pdf.PdfService;

/** {@link PdfService} on the PDFBox embedded in this bundle, with the Liberation Sans inside pdfbox.jar. */
@Component(service = PdfService.class)
public class PdfServiceImpl implements PdfService {
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56, LEADING = 1.3f;

    @Override
    public byte[] render(PdfDocument d) {
        check(d);
        try (PDDocument doc = new PDDocument(); InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
            PDType0Font font = PDType0Font.load(doc, in, true);
            doc.getDocumentInformation().setTitle(safe(font, d.title()));
            PDRectangle size = d.landscape() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            Pages pages = new Pages(doc, font, size);
            for (Line l : d.lines()) {
                String text = safe(font, l.text());
                List<String> wrapped = text.isBlank() ? List.of("") : wrap(font, text, l.size(), pages.width);
                for (String w : wrapped) {
                    pages.line(w, l);
                }
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(PdfDocument d) {
        if (d.lines().size() > MAX_LINES) {
            throw new IllegalArgumentException("more than " + MAX_LINES + " lines");
        }
        for (Line l : d.lines()) {
            if (l.text().length() > MAX_CHARS || l.size() < 6 || l.size() > 48) {
                throw new IllegalArgumentException("a line over " + MAX_CHARS + " characters or not 6 to 48 points");
            }
        }
    }

    /** NFC, controls as spaces, characters without a glyph as {@code ?}. */
    static String safe(PDType0Font font, String s) {
        String nfc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (has(font, cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static boolean has(PDType0Font font, int cp) {
        try {
            return font.encode(Character.toString(cp)).length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static float width(PDType0Font font, String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Words to lines no wider than {@code max}; a word wider than a line is cut. */
    static List<String> wrap(PDType0Font font, String text, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, rest, size) > max) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, rest.substring(0, cut), size) > max) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        out.add(line.toString());
        return out;
    }

    /** Draws lines top-down, starting pages as needed. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle size;
        final float width;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument doc, PDType0Font font, PDRectangle size) {
            this.doc = doc;
            this.font = font;
            this.size = size;
            this.width = size.getWidth() - 2 * MARGIN;
        }

        void line(String text, Line l) throws IOException {
            float height = l.size() * LEADING;
            if (stream == null || y - height < MARGIN) {
                close();
                PDPage page = new PDPage(size);
                doc.addPage(page);
                stream = new PDPageContentStream(doc, page);
                y = size.getHeight() - MARGIN;
            }
            y -= height;
            if (text.isEmpty()) {
                return;
            }
            float w = width(font, text, l.size());
            float x = switch (l.align()) {
                case LEFT -> MARGIN;
                case CENTER -> MARGIN + (width - w) / 2;
                case RIGHT -> MARGIN + width - w;
            };
            stream.beginText();
            stream.setFont(font, l.size());
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
