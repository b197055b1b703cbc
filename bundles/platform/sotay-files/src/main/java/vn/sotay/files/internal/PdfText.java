package vn.sotay.files.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.sotay.api.files.FileInspector;

/** Page count and text of a PDF with PDFBox: read from the file, scratch above 16 MB in temporary files. */
final class PdfText {
    private static final StreamCacheCreateFunction CACHE = MemoryUsageSetting.setupMixed(16L * 1024 * 1024).streamCache;
    /** Where a complete PDF ends: Acrobat too looks for {@code %%EOF} in the last kilobyte. */
    private static final int TAIL = 1024;

    private PdfText() {
    }

    static Parsed read(Path file) throws IOException, Parsed.Encrypted {
        if (!complete(file)) {
            throw new IOException("no %%EOF in the last " + TAIL + " bytes: truncated");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile(), CACHE)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new IOException("no page");
            }
            Texts.Capped out = new Texts.Capped(2 * FileInspector.MAX_TEXT);
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                public void processPage(PDPage page) throws IOException {
                    if (!out.full()) {
                        super.processPage(page);
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(doc, out);
            return new Parsed(Texts.clean(out.toString()), pages);
        } catch (InvalidPasswordException e) {
            throw new Parsed.Encrypted(e);
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
