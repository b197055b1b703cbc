package vn.sotay.surveys.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sotay.surveys.internal.SurveyResults.SurveyChildRate;
import vn.sotay.surveys.internal.SurveyResults.SurveyOptionCount;
import vn.sotay.surveys.internal.SurveyResults.SurveyQuestionResult;
import vn.sotay.surveys.internal.SurveyResults.SurveyTextAnswer;

/** The results as an XLSX workbook (Apache POI, embedded privately): rates, option counts, free-text answers. */
final class ResultsWorkbook {
    private ResultsWorkbook() {
    }

    static byte[] write(SurveyResults r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

            Sheet rates = wb.createSheet("Tỉ lệ trả lời");
            int n = 0;
            row(rates, n++, bold, r.title());
            row(rates, n++, null, "Tổ chức được hỏi: " + r.orgName() + (r.anonymous() ? " · ẩn danh" : ""));
            row(rates, n++, null, "Số phiếu trả lời: " + r.responses());
            n++;
            row(rates, n++, bold, "Đơn vị", "Đảng viên (không tính miễn sinh hoạt)", "Đã trả lời", "Tỉ lệ");
            for (SurveyChildRate c : r.children()) {
                rate(rates.createRow(n++), c.name(), c.counted(), c.responded(), c.rate(), pct);
            }
            Row total = rates.createRow(n);
            rate(total, "Toàn bộ", r.counted(), r.respondedCounted(), r.rate(), pct);
            total.getCell(0).setCellStyle(bold);

            Sheet counts = wb.createSheet("Kết quả");
            n = 0;
            row(counts, n++, bold, "Câu hỏi", "Phương án", "Số lượt chọn");
            int q = 1;
            for (SurveyQuestionResult qr : r.questions()) {
                if (qr.kind() == Survey.QuestionKind.TEXT) {
                    row(counts, n++, null, q++ + ". " + qr.text(), "(trả lời tự do: xem trang Ý kiến)",
                            String.valueOf(qr.answers().size()));
                    continue;
                }
                String label = q++ + ". " + qr.text();
                for (SurveyOptionCount o : qr.options()) {
                    Row row = counts.createRow(n++);
                    row.createCell(0).setCellValue(label);
                    row.createCell(1).setCellValue(o.option());
                    row.createCell(2).setCellValue(o.count());
                    label = "";
                }
            }

            Sheet texts = wb.createSheet("Ý kiến");
            n = 0;
            row(texts, n++, bold, "Câu hỏi", "Ý kiến", r.anonymous() ? "" : "Đảng viên");
            for (SurveyQuestionResult qr : r.questions()) {
                for (SurveyTextAnswer t : qr.answers()) {
                    row(texts, n++, null, qr.text(), t.text(), t.memberName() == null ? "" : t.memberName());
                }
            }
            for (Sheet s : new Sheet[] {rates, counts, texts}) {
                s.setColumnWidth(0, 60 * 256);
                s.setColumnWidth(1, 40 * 256);
                s.setColumnWidth(2, 20 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet s, int n, CellStyle style, String... values) {
        Row row = s.createRow(n);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(values[i].length() > 32_000 ? values[i].substring(0, 32_000) : values[i]);
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }

    private static void rate(Row row, String name, long counted, long responded, double rate, CellStyle pct) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(counted);
        row.createCell(2).setCellValue(responded);
        Cell c = row.createCell(3);
        c.setCellValue(rate);
        c.setCellStyle(pct);
    }
}
