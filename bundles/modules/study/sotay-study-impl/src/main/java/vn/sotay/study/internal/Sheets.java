package vn.sotay.study.internal;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.sotay.api.ProblemException;

/**
 * Reads an uploaded table, CSV (UTF-8, comma or semicolon, quotes) or XLSX (first sheet, by content:
 * a ZIP signature), into rows of trimmed cells; row i of the result is line i + 1 of the file (the
 * header is line 1). Bounded: {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns, cells of
 * {@link #MAX_CELL} characters; POI refuses ZIP bombs by its inflate ratio and entry size.
 */
final class Sheets {
    static final int MAX_ROWS = 5_001;
    static final int MAX_COLUMNS = 30;
    static final int MAX_CELL = 4_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L << 20);
    }

    private Sheets() {
    }

    static List<List<String>> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.invalid("file", "Tệp rỗng.");
        }
        if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes);
        }
        return csv(bytes);
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw ProblemException.invalid("file", "Tệp XLSX không có trang tính nào.");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            int last = sheet.getLastRowNum();
            if (last >= MAX_ROWS) {
                throw tooMany();
            }
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    int n = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                    for (int i = 0; i < n; i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : clip(fmt.formatCellValue(cell)));
                    }
                }
                rows.add(cells);
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw ProblemException.invalid("file", "Không đọc được tệp XLSX (tệp hỏng, được bảo vệ hoặc quá lớn khi giải nén).");
        }
        return rows;
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "Tệp CSV phải được lưu với bảng mã UTF-8 (hoặc dùng tệp XLSX).");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n');
        String header = firstLine < 0 ? text : text.substring(0, firstLine);
        char sep = header.chars().filter(ch -> ch == ';').count() > header.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else if (cell.length() <= MAX_CELL) {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == sep) {
                addCell(row, cell);
            } else if (ch == '\n') {
                addCell(row, cell);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() >= MAX_ROWS) {
                    throw tooMany();
                }
            } else if (ch != '\r' && cell.length() <= MAX_CELL) {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            addCell(row, cell);
            rows.add(row);
        }
        return rows;
    }

    private static void addCell(List<String> row, StringBuilder cell) {
        if (row.size() < MAX_COLUMNS) {
            row.add(clip(cell.toString()));
        }
        cell.setLength(0);
    }

    private static String clip(String s) {
        String t = s.replace('\u0000', ' ').strip();
        return t.length() > MAX_CELL ? t.substring(0, MAX_CELL) : t;
    }

    private static ProblemException tooMany() {
        return ProblemException.invalid("file", "Tệp có quá " + (MAX_ROWS - 1) + " câu hỏi: chia thành nhiều tệp.");
    }
}
