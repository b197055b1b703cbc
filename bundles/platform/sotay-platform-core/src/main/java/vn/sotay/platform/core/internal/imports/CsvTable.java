package vn.sotay.platform.core.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

/**
 * A CSV file read whole (RFC 4180): UTF-8 with or without BOM, {@code ,} or {@code ;} separated
 * (whichever the header line uses more), quoted cells with {@code ""} escapes and line breaks, blank
 * lines (and rows whose cells are all empty, as spreadsheets export them) skipped, cells trimmed and
 * put in Unicode NFC. The first non-blank record is the header.
 */
public final class CsvTable {
    private final List<String> header;
    private final int headerLine;
    private final List<CsvRow> rows;

    private CsvTable(List<String> header, int headerLine, List<CsvRow> rows) {
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads and parses the whole stream (not closed).
     *
     * @throws ProblemException 400 for an empty file, bytes that are not UTF-8, or a quote left open
     */
    public static CsvTable parse(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw empty();
        }
        List<CsvRow> records = new Parser(text, separator(text)).records();
        if (records.isEmpty()) {
            throw empty();
        }
        CsvRow head = records.get(0);
        return new CsvTable(head.cells(), head.line(), records.subList(1, records.size()));
    }

    /** Header cells as written (trimmed). */
    public List<String> header() {
        return header;
    }

    /** Physical line of the header: 1 unless blank lines precede it. */
    public int headerLine() {
        return headerLine;
    }

    /** Data records, header excluded, in file order. */
    public List<CsvRow> rows() {
        return rows;
    }

    private static ProblemException empty() {
        return ProblemException.invalid("Tệp rỗng: không có dòng tiêu đề nào",
                List.of(new ProblemError(1, null, "Tệp rỗng: không có dòng tiêu đề nào")));
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String msg = "Tệp không phải văn bản UTF-8 hợp lệ (lỗi mã hóa ở dòng " + line
                    + "); hãy lưu lại tệp dưới dạng \"CSV UTF-8\"";
            throw ProblemException.invalid(msg, List.of(new ProblemError(line, null, msg)));
        }
        out.flip();
        return out.toString();
    }

    /** ';' when the first non-blank line has more semicolons than commas outside quotes, else ','. */
    private static char separator(String text) {
        int commas = 0;
        int semis = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semis++;
            }
            if (!Character.isWhitespace(c)) {
                seen = true;
            }
        }
        return semis > commas ? ';' : ',';
    }

    /** The RFC 4180 state machine, counting physical lines (CRLF, LF or a lone CR each end one). */
    private static final class Parser {
        private final String s;
        private final char sep;
        private int pos;
        private int line = 1;

        Parser(String s, char sep) {
            this.s = s;
            this.sep = sep;
        }

        List<CsvRow> records() {
            List<CsvRow> out = new ArrayList<>();
            while (pos < s.length()) {
                int start = line;
                List<String> cells = record();
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    out.add(new CsvRow(start, cells));
                }
            }
            return out;
        }

        /** Reads one record and its line break. */
        private List<String> record() {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    cells.add(clean(cell));
                    return cells;
                }
                char c = s.charAt(pos);
                if (c == '"' && isBlank(cell)) {
                    cell.setLength(0);
                    quoted(cell);
                } else if (c == sep) {
                    pos++;
                    cells.add(clean(cell));
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    newline();
                    cells.add(clean(cell));
                    return cells;
                } else {
                    cell.append(c);
                    pos++;
                }
            }
        }

        /** Reads a quoted section starting at the opening quote; text after the closing quote is kept. */
        private void quoted(StringBuilder cell) {
            int opened = line;
            pos++;
            while (true) {
                if (pos >= s.length()) {
                    String msg = "Dấu ngoặc kép mở ở dòng " + opened + " không được đóng";
                    throw ProblemException.invalid(msg, List.of(new ProblemError(opened, null, msg)));
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '"') {
                        cell.append('"');
                        pos += 2;
                    } else {
                        pos++;
                        return;
                    }
                } else if (c == '\n' || c == '\r') {
                    int from = pos;
                    newline();
                    cell.append(s, from, pos);
                } else {
                    cell.append(c);
                    pos++;
                }
            }
        }

        private static boolean isBlank(CharSequence cell) {
            for (int i = 0; i < cell.length(); i++) {
                if (!blank(cell.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void newline() {
            if (s.charAt(pos) == '\r' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
            line++;
        }

        /** Trimmed (also of no-break and zero-width spaces that spreadsheets leave) and in NFC. */
        private static String clean(StringBuilder cell) {
            int a = 0;
            int b = cell.length();
            while (a < b && blank(cell.charAt(a))) {
                a++;
            }
            while (b > a && blank(cell.charAt(b - 1))) {
                b--;
            }
            return Normalizer.normalize(cell.substring(a, b), Normalizer.Form.NFC);
        }

        private static boolean blank(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
        }
    }
}
