package vn.sotay.files.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.sotay.api.files.FileInspector;

/**
 * Page count and text of a PDF with PDFBox: read from the file, scratch above 16 MB in temporary
 * files, at most {@link FileInspector#MAX_PDF_PAGES} pages (the declared count, and the pages
 * actually walked). Words on one line separated by a wide gap (two columns of a heading) are
 * separated by a tab, so that a stamp beside another column stays a part of its own.
 */
final class PdfText {
    private static final StreamCacheCreateFunction CACHE = MemoryUsageSetting.setupMixed(16L * 1024 * 1024).streamCache;
    /** Where a complete PDF ends: Acrobat too looks for {@code %%EOF} in the last kilobyte. */
    private static final int TAIL = 1024;
    /** A gap between two words wider than this many spaces separates columns. */
    private static final float COLUMN_GAP = 4;

    private PdfText() {
    }

    static Parsed read(Path file, Refusals refuse) throws IOException, Parsed.Encrypted {
        if (!complete(file)) {
            throw new IOException("no %%EOF in the last " + TAIL + " bytes: truncated");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile(), CACHE)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new IOException("no page");
            }
            if (pages > FileInspector.MAX_PDF_PAGES) {
                throw refuse.tooManyPages(pages, false);
            }
            Texts.Capped out = new Texts.Capped(2 * FileInspector.MAX_TEXT);
            Stripper stripper = new Stripper(out);
            stripper.setSortByPosition(true);
            try {
                stripper.writeText(doc, out);
            } catch (TooManyPages e) {
                throw refuse.tooManyPages(FileInspector.MAX_PDF_PAGES + 1, true); // the tree holds more than its count says
            }
            String raw = out.toString();
            return Parsed.document(raw, Texts.clean(raw), pages);
        } catch (InvalidPasswordException e) {
            throw new Parsed.Encrypted(e);
        }
    }

    /** Stops extracting when the text is full or the page bound is passed; marks column gaps with a tab. */
    private static final class Stripper extends PDFTextStripper {
        private final Texts.Capped out;
        private int walked;
        private float lineEnd = Float.NaN;

        Stripper(Texts.Capped out) {
            this.out = out;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (++walked > FileInspector.MAX_PDF_PAGES) {
                throw new TooManyPages();
            }
            if (!out.full()) {
                super.processPage(page);
            }
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lineEnd = Float.NaN;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float space = Math.max(first.getWidthOfSpace(), first.getHeightDir() / 4);
                if (!Float.isNaN(lineEnd) && space > 0 && first.getXDirAdj() - lineEnd > COLUMN_GAP * space) {
                    output.write('\t');
                }
                TextPosition last = positions.get(positions.size() - 1);
                lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
            super.writeString(text, positions);
        }
    }

    /** Stops the walk of a page tree that holds more pages than the bound. */
    private static final class TooManyPages extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyPages() {
            super(null, null, false, false);
        }
    }

    private static boolean complete(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, f.length() - TAIL);
            byte[] tail = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
