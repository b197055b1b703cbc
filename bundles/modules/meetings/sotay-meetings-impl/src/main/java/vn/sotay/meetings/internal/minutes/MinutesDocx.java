package vn.sotay.meetings.internal.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The minutes as DOCX (Apache POI XWPF), Times New Roman 13 as administrative documents use; the
 * text is Unicode, the reader's font draws it. Runs with the bundle as the thread's context class
 * loader (XmlBeans finds its schema types through it; docs/stack.md, trap 7).
 */
final class MinutesDocx {
    private static final String FONT = "Times New Roman";

    private MinutesDocx() {
    }

    static byte[] render(Minutes m) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(MinutesDocx.class.getClassLoader());
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable head = doc.createTable(3, 2);
            head.removeBorders();
            cell(head, 0, 0, upper(m.superiorName()), false);
            cell(head, 0, 1, MinutesDraft.PARTY, true);
            cell(head, 1, 0, upper(m.orgName()), true);
            cell(head, 2, 0, "*", false);
            cell(head, 2, 1, m.placeAndDate(), false);
            for (String line : m.title().split("\n")) {
                run(para(doc, ParagraphAlignment.CENTER), line, line.equals(line.toUpperCase()));
            }
            for (Minutes.Section s : m.sections()) {
                if (s.title() != null && !s.title().isBlank()) {
                    run(para(doc, ParagraphAlignment.LEFT), s.title(), true);
                }
                for (String p : (s.body() == null ? "" : s.body()).split("\n")) {
                    run(para(doc, ParagraphAlignment.BOTH), p, false);
                }
            }
            XWPFTable sign = doc.createTable(3, 2);
            sign.removeBorders();
            cell(sign, 0, 0, "THƯ KÝ", true);
            cell(sign, 0, 1, "CHỦ TRÌ", true);
            cell(sign, 1, 0, "(ký, ghi rõ họ tên)", false);
            cell(sign, 1, 1, "(ký, ghi rõ họ tên)", false);
            cell(sign, 2, 0, m.clerkName() == null ? "" : "\n\n" + m.clerkName(), true);
            cell(sign, 2, 1, m.chairName() == null ? "" : "\n\n" + m.chairName(), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment a) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(a);
        return p;
    }

    private static void cell(XWPFTable t, int row, int col, String text, boolean bold) {
        XWPFParagraph p = t.getRow(row).getCell(col).getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        String[] lines = text.split("\n", -1);
        XWPFRun r = run(p, lines[0], bold);
        for (int i = 1; i < lines.length; i++) {
            r.addBreak();
            r.setText(clean(lines[i]));
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(13);
        r.setBold(bold);
        r.setText(clean(text));
        return r;
    }

    /** XML 1.0 cannot carry most control characters: they become spaces. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF
                || (cp >= 0xD800 && cp <= 0xDFFF) ? ' ' : cp));
        return b.toString();
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(java.util.Locale.ROOT);
    }
}
