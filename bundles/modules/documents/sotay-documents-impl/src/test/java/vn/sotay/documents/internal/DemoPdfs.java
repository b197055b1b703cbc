package vn.sotay.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the demo documents' PDFs at build time (exec-maven-plugin, phase process-test-classes)
 * into {@code target/classes/demo/pdf}, one A4 page each, from the rows of {@code documents.tsv}:
 * the party document layout (header, number, place and date, kind, title, text, signer) in
 * Liberation Sans, which ships inside PDFBox and covers Vietnamese. Real text, so that extraction
 * and search work on it exactly as on an uploaded file. Also used by the unit tests.
 */
public final class DemoPdfs {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private DemoPdfs() {
    }

    /** {@code args[0]}: the TSV, {@code args[1]}: the output folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<DemoDocuments.Row> rows;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            rows = DemoDocuments.rows(in);
        }
        for (DemoDocuments.Row r : rows) {
            Files.write(out.resolve(DemoDocuments.pdfName(r.number())), pdf(r));
        }
        System.out.println("DemoPdfs: " + rows.size() + " PDFs in " + out);
    }

    static byte[] pdf(DemoDocuments.Row r) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("ĐẢNG CỘNG SẢN VIỆT NAM");
        lines.add(r.issuer().toUpperCase(java.util.Locale.ROOT));
        lines.add("Số " + r.number());
        lines.add((r.central() ? "Hà Nội" : "Bình Sơn") + ", ngày " + r.issuedOn().getDayOfMonth() + " tháng "
                + r.issuedOn().getMonthValue() + " năm " + r.issuedOn().getYear());
        lines.add("");
        lines.add(DocumentNumber.parse(r.number()).orElseThrow().type().label.toUpperCase(java.util.Locale.ROOT));
        lines.add(r.title());
        lines.add("");
        lines.add(r.summary());
        lines.addAll(r.body());
        lines.add("");
        lines.add(r.signer());
        lines.add("");
        lines.add(r.central() ? "(Bản tóm tắt phục vụ dữ liệu mẫu của Sổ Tay; toàn văn tại cổng thông tin của Đảng.)"
                : "(Văn bản mẫu của tỉnh Bình Sơn giả định, phục vụ dữ liệu mẫu của Sổ Tay.)");
        return pdf(r.number() + " " + r.title(), lines);
    }

    /** A one-page (or longer) A4 PDF with these lines, wrapped; empty strings are blank lines. */
    static byte[] pdf(String title, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream font = PDDocument.class.getResourceAsStream(FONT)) {
            PDFont f = PDType0Font.load(doc, font);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Sổ Tay DemoPdfs");
            float size = 12, leading = 17, margin = 60;
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * margin;
            List<String> wrapped = new ArrayList<>();
            for (String l : lines) {
                wrapped.addAll(wrap(l, f, size, width));
            }
            int i = 0;
            while (i < wrapped.size()) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(margin, a4.getHeight() - margin);
                    for (float y = a4.getHeight() - margin; i < wrapped.size() && y > margin; y -= leading, i++) {
                        cs.showText(wrapped.get(i));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, PDFont f, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String candidate = line.length() == 0 ? w : line + " " + w;
            if (f.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }
}
