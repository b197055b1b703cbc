package vn.sotay.files.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Test files made on the fly: nothing binary is committed. */
final class TestFiles {
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TestFiles() {
    }

    /** A PDF with one page per line of text, in LiberationSans (from the PDFBox jar) so diacritics survive. */
    static byte[] pdf(String... pages) {
        return encryptedPdf(null, null, pages);
    }

    /** The same, encrypted with these passwords ({@code user} empty: anyone may open it). */
    static byte[] encryptedPdf(String owner, String user, String... pages) {
        try (PDDocument doc = new PDDocument(); InputStream font = TestFiles.class.getResourceAsStream(FONT)) {
            PDType0Font f = PDType0Font.load(doc, font);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (owner != null) {
                StandardProtectionPolicy p = new StandardProtectionPolicy(owner, user, new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of text placed at {@code x}, {@code y} (points from the bottom left of an A4 page). */
    record Placed(float x, float y, String text) {
    }

    /** A one-page A4 PDF with text placed where a real document has it (two-column headings). */
    static byte[] pdfLayout(List<Placed> lines) {
        try (PDDocument doc = new PDDocument(); InputStream font = TestFiles.class.getResourceAsStream(FONT)) {
            PDType0Font f = PDType0Font.load(doc, font);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Placed p : lines) {
                    cs.beginText();
                    cs.setFont(f, 13);
                    cs.newLineAtOffset(p.x(), p.y());
                    cs.showText(p.text());
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code n} empty pages. */
    static byte[] blankPdf(int n) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) {
                doc.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real PNG decompression bomb: an 8-bit grey image of {@code w}×{@code h} whose rows are all
     * zero, deflated (a few hundred KB on disk for 144 megapixels).
     */
    static byte[] pngBomb(int w, int h) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat,
                new java.util.zip.Deflater(9), 64 * 1024)) {
            byte[] row = new byte[w + 1]; // filter byte 0, then w grey samples
            for (int y = 0; y < h; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png(w, h, idat.toByteArray());
    }

    /** A PNG whose header claims {@code w}×{@code h} but whose pixel data is garbage: decoding it would fail. */
    static byte[] pngHeaderOnly(int w, int h) {
        return png(w, h, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }

    private static byte[] png(int w, int h, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The 30 first bytes of a WebP file with an extended (VP8X) header of this canvas. */
    static byte[] webp(int w, int h) {
        byte[] b = new byte[30];
        System.arraycopy("RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.ISO_8859_1), 0, b, 0, 16);
        b[16] = 10;
        int ww = w - 1;
        int hh = h - 1;
        b[24] = (byte) ww;
        b[25] = (byte) (ww >> 8);
        b[26] = (byte) (ww >> 16);
        b[27] = (byte) hh;
        b[28] = (byte) (hh >> 8);
        b[29] = (byte) (hh >> 16);
        return b;
    }

    /** A DOCX with {@code extra} more entries of a few bytes each. */
    static byte[] docxWithEntries(int extra, String... paragraphs) {
        Map<String, String> parts = new LinkedHashMap<>(docxParts(paragraphs));
        for (int i = 0; i < extra; i++) {
            parts.put("customXml/item" + i + ".xml", "<a/>");
        }
        return zip(parts, Map.of());
    }

    /** A DOCX holding a picture of {@code bytes} zero bytes: tiny deflated, huge declared. */
    static byte[] docxExpanding(long bytes, String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (Map.Entry<String, String> e : docxParts(paragraphs).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (long left = bytes; left > 0; left -= zeros.length) {
                z.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h / 2);
        g.setColor(Color.YELLOW);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String CT = "application/vnd.openxmlformats-officedocument.";

    /** A minimal DOCX written by hand: one paragraph per string, nothing else. */
    static byte[] docx(String... paragraphs) {
        return zip(docxParts(paragraphs), Map.of());
    }

    private static Map<String, String> docxParts(String... paragraphs) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", types("<Override PartName=\"/word/document.xml\" ContentType=\"" + CT
                + "wordprocessingml.document.main+xml\"/>"));
        parts.put("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + R
                + "/officeDocument\" Target=\"word/document.xml\"/>"));
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + paras(paragraphs) + "</w:body></w:document>");
        return parts;
    }

    /**
     * A DOCX with what real Word files carry: styles, a table, a header, a footer, a footnote, an
     * inline PNG picture and a chart (so that every class those parts load is proven embedded).
     */
    static byte[] richDocx(String body, String cell, String header, String footer, String footnote) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", types(
                "<Override PartName=\"/word/document.xml\" ContentType=\"" + CT + "wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + CT + "wordprocessingml.styles+xml\"/>"
                        + "<Override PartName=\"/word/header1.xml\" ContentType=\"" + CT + "wordprocessingml.header+xml\"/>"
                        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + CT + "wordprocessingml.footer+xml\"/>"
                        + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" + CT + "wordprocessingml.footnotes+xml\"/>"
                        + "<Override PartName=\"/word/charts/chart1.xml\" ContentType=\"" + CT + "drawingml.chart+xml\"/>"
                        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"));
        parts.put("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"));
        parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Tiêu đề</dc:title></cp:coreProperties>");
        parts.put("word/_rels/document.xml.rels", rels(
                "<Relationship Id=\"rId1\" Type=\"" + R + "/header\" Target=\"header1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"" + R + "/image\" Target=\"media/image1.png\"/>"
                        + "<Relationship Id=\"rId4\" Type=\"" + R + "/chart\" Target=\"charts/chart1.xml\"/>"
                        + "<Relationship Id=\"rId5\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                        + "<Relationship Id=\"rId6\" Type=\"" + R + "/footnotes\" Target=\"footnotes.xml\"/>"));
        parts.put("word/styles.xml", "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:default=\"1\""
                + " w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>");
        parts.put("word/header1.xml", "<w:hdr xmlns:w=\"" + W + "\">" + paras(header) + "</w:hdr>");
        parts.put("word/footer1.xml", "<w:ftr xmlns:w=\"" + W + "\">" + paras(footer) + "</w:ftr>");
        parts.put("word/footnotes.xml", "<w:footnotes xmlns:w=\"" + W + "\"><w:footnote w:id=\"1\">" + paras(footnote)
                + "</w:footnote></w:footnotes>");
        parts.put("word/charts/chart1.xml", "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>");
        String picture = "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                + "<wp:extent cx=\"952500\" cy=\"952500\"/><wp:docPr id=\"1\" name=\"Ảnh 1\"/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip xmlns:r=\"" + R + "\" r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r>";
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + body
                + "</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p>" + picture + "</w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + cell + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr>"
                + "</w:body></w:document>");
        return zip(parts, Map.of("word/media/image1.png", image("png", 20, 20)));
    }

    static String paras(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        }
        return b.toString();
    }

    static String types(String overrides) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>" + overrides + "</Types>";
    }

    static String rels(String relationships) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + "</Relationships>";
    }

    static byte[] zip(Map<String, String> texts, Map<String, byte[]> binaries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : binaries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code zip} rewritten with Info-ZIP's "ux" (0x7875) and "UT" (0x5455) extra fields on every entry. */
    static byte[] withUnixExtraFields(byte[] zip) {
        byte[] extra = {0x75, 0x78, 11, 0, 1, 4, (byte) 0xE8, 3, 0, 0, 4, (byte) 0xE8, 3, 0, 0,
                0x55, 0x54, 5, 0, 1, 0, 0, 0, 0x60};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setExtra(extra);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a Linux program, then filler. */
    static byte[] elf() {
        byte[] b = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, b, 0, 8);
        return b;
    }

    /** The first bytes of a Windows program (MZ header, PE signature), then filler. */
    static byte[] exe() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, b, 0x80, 4);
        return b;
    }

    /** The header of an OLE2 compound file: a Word 97-2003 .doc. */
    static byte[] legacyDoc() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    static byte[] head(byte[] b, int n) {
        return Arrays.copyOf(b, n);
    }
}
