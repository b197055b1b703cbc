package vn.sotay.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The expected table of the authorisation matrix: the Markdown table in {@code docs/security.md}
 * between {@value #BEGIN} and {@value #END}, its one source of truth.
 *
 * <p>Header: {@code operation}, one column per {@link MatrixRole} (its {@code column} name, any
 * order), {@code unknown id}, {@code notes}. A row names an operation as {@code /api/openapi.json}
 * spells it ({@code POST /api/news/articles/{id}/approve}, backticks allowed). A role's cell is
 * {@code in / out} ({@code 200 / 404}), or one value for both sides or for an operation without
 * sides; {@code -} means "not called" (the outside of a province-wide role). A value is a status
 * or a set {@code 200\|304} (escaped pipe inside a Markdown table). Footnote marks such as
 * {@code [^1]} or {@code ¹} are ignored. {@code unknown id} is what every signed-in role gets for
 * ids that do not exist ({@code -} for operations without an object).
 */
final class MatrixTable {
    static final String BEGIN = "<!-- authorization-matrix:begin -->";
    static final String END = "<!-- authorization-matrix:end -->";
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]*]|[¹²³⁴⁵⁶⁷⁸⁹⁰*]");

    /** Expected statuses; empty: not called ({@code -}). */
    record Expected(Set<Integer> codes) {
        static final Expected NONE = new Expected(Set.of());

        boolean none() {
            return codes.isEmpty();
        }

        boolean accepts(int status) {
            return codes.contains(status);
        }

        @Override
        public String toString() {
            return none() ? "-" : String.join("|", codes.stream().map(String::valueOf).toList());
        }
    }

    /** A role's cell: {@code in} and {@code out}; {@code single} when written as one value. */
    record Cell(Expected in, Expected out, boolean single) {
    }

    /** One operation's row. */
    record Row(String operation, int line, Map<MatrixRole, Cell> cells, Expected unknownId, String notes) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private MatrixTable() {
    }

    static MatrixTable read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the authorisation matrix " + file, e);
        }
    }

    /** Rows by operation key. */
    Map<String, Row> rows() {
        return rows;
    }

    /** What is wrong with the table itself (bad cells, duplicate rows...), with line numbers. */
    List<String> problems() {
        return problems;
    }

    static MatrixTable parse(List<String> lines, String where) {
        MatrixTable t = new MatrixTable();
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        if (begin < 0 || end < begin) {
            t.problems.add(where + ": no table between the lines " + BEGIN + " and " + END);
            return t;
        }
        List<String> header = null;
        for (int i = begin + 1; i < end; i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                t.checkHeader(header, i + 1);
            } else if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                t.row(header, cells, i + 1);
            }
        }
        if (header == null) {
            t.problems.add(where + ": the matrix has no header row");
        }
        return t;
    }

    private void checkHeader(List<String> header, int line) {
        if (header.isEmpty() || !header.get(0).equalsIgnoreCase("operation")) {
            problems.add("line " + line + ": the first column must be «operation»");
        }
        for (MatrixRole r : MatrixRole.values()) {
            if (header.stream().noneMatch(h -> h.equalsIgnoreCase(r.column))) {
                problems.add("line " + line + ": no column «" + r.column + "»");
            }
        }
        if (header.stream().noneMatch(h -> h.equalsIgnoreCase("unknown id"))) {
            problems.add("line " + line + ": no column «unknown id»");
        }
    }

    private void row(List<String> header, List<String> cells, int line) {
        String op = cells.get(0).replace("`", "").strip().replaceAll("\\s+", " ");
        if (!op.matches("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /\\S*")) {
            problems.add("line " + line + ": «" + cells.get(0) + "» is not «METHOD /api/path»");
            return;
        }
        if (rows.containsKey(op)) {
            problems.add("line " + line + ": a second row for " + op + " (first at line " + rows.get(op).line() + ")");
            return;
        }
        Map<MatrixRole, Cell> byRole = new EnumMap<>(MatrixRole.class);
        Expected unknown = Expected.NONE;
        String notes = "";
        for (int c = 1; c < header.size(); c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            String h = header.get(c);
            MatrixRole role = MatrixRole.byColumn(h);
            try {
                if (role != null) {
                    byRole.put(role, cell(text, role));
                } else if (h.equalsIgnoreCase("unknown id")) {
                    unknown = expected(text);
                } else if (h.equalsIgnoreCase("notes")) {
                    notes = text;
                }
            } catch (IllegalArgumentException e) {
                problems.add("line " + line + ", " + op + ", column «" + h + "»: " + e.getMessage());
            }
        }
        if (byRole.size() == MatrixRole.values().length) {
            rows.put(op, new Row(op, line, byRole, unknown, notes));
        }
    }

    private static Cell cell(String text, MatrixRole role) {
        String[] parts = clean(text).split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("«" + text + "»: at most two values, «in / out»");
        }
        Expected in = expected(parts[0]);
        if (parts.length == 1) {
            if (in.none()) {
                throw new IllegalArgumentException("empty: write a status, or «in / out»");
            }
            return new Cell(in, role.provinceWide() ? Expected.NONE : in, true);
        }
        Expected out = expected(parts[1]);
        if (in.none()) {
            throw new IllegalArgumentException("«" + text + "»: the inside value is missing");
        }
        if (role.provinceWide() && !out.none()) {
            throw new IllegalArgumentException("«" + text + "»: a province-wide role has no outside, write «"
                    + in + " / -»");
        }
        if (!role.provinceWide() && out.none()) {
            throw new IllegalArgumentException("«" + text + "»: the outside value is missing");
        }
        return new Cell(in, out, false);
    }

    private static Expected expected(String text) {
        String s = clean(text);
        if (s.isEmpty() || s.equals("-") || s.equals("—")) {
            return Expected.NONE;
        }
        Set<Integer> codes = new LinkedHashSet<>();
        for (String code : s.split("\\|")) {
            String c = code.strip();
            if (!c.matches("[1-5]\\d\\d")) {
                throw new IllegalArgumentException("«" + text + "» is not a status, a set «200\\|304» or «-»");
            }
            codes.add(Integer.parseInt(c));
        }
        return new Expected(java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(codes)));
    }

    private static String clean(String text) {
        return FOOTNOTE.matcher(text.replace("\\|", "|").replace("`", "")).replaceAll("").strip();
    }

    /** The cells of a Markdown table line, split at unescaped pipes, trimmed. */
    static List<String> split(String line) {
        String s = line.strip();
        s = s.substring(1, s.endsWith("|") && !s.endsWith("\\|") ? s.length() - 1 : s.length());
        List<String> out = new ArrayList<>();
        for (String c : UNESCAPED_PIPE.split(s, -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
