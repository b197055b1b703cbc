package vn.sotay.platform.core.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.sotay.api.ProblemError;
import vn.sotay.api.org.OrgType;

/** The columns of one CSV table matched to the fields an import knows, by folded header name. */
final class Columns {

    /** A field an import reads: its Vietnamese column name and every header accepted for it. */
    static final class Spec {
        final String name;
        final boolean required;
        final List<String> folded;

        Spec(String name, boolean required, String... aliases) {
            this.name = name;
            this.required = required;
            this.folded = Stream.concat(Stream.of(name), Stream.of(aliases))
                    .map(OrgType::fold).toList();
        }
    }

    private final CsvTable table;
    private final Map<Spec, Integer> index;

    private Columns(CsvTable table, Map<Spec, Integer> index) {
        this.table = table;
        this.index = index;
    }

    /**
     * Matches the header against {@code specs}; adds one error per missing required column and per
     * field named by two columns. Unknown columns are ignored.
     */
    static Columns resolve(CsvTable table, List<Spec> specs, List<ProblemError> errors) {
        Map<Spec, Integer> index = new HashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String key = OrgType.fold(header.get(i));
            for (Spec spec : specs) {
                if (spec.folded.contains(key)) {
                    Integer before = index.putIfAbsent(spec, i);
                    if (before != null) {
                        errors.add(new ProblemError(table.headerLine(), header.get(i),
                                "Cột «" + header.get(i) + "» trùng nghĩa với cột «" + header.get(before) + "»"));
                    }
                }
            }
        }
        for (Spec spec : specs) {
            if (spec.required && !index.containsKey(spec)) {
                errors.add(new ProblemError(table.headerLine(), spec.name, "Thiếu cột «" + spec.name + "»"));
            }
        }
        return new Columns(table, index);
    }

    /** The header of the field as written in the file, or its Vietnamese name when absent. */
    String field(Spec spec) {
        Integer i = index.get(spec);
        return i == null ? spec.name : table.header().get(i);
    }

    /** The cell of the field in {@code row}; empty when the column is absent. */
    String get(CsvRow row, Spec spec) {
        Integer i = index.get(spec);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i);
    }

    /**
     * True when the row has as many cells as the header (extra cells left empty, a common spreadsheet
     * artefact, are tolerated); else adds an error for the row.
     */
    boolean fits(CsvRow row, List<ProblemError> errors) {
        int n = table.header().size();
        List<String> cells = row.cells();
        boolean ok = cells.size() == n
                || cells.size() > n && cells.subList(n, cells.size()).stream().allMatch(String::isEmpty);
        if (!ok) {
            errors.add(new ProblemError(row.line(), null, "Dòng có " + cells.size() + " ô nhưng dòng tiêu đề có " + n
                    + " cột (kiểm tra dấu phân cách và dấu ngoặc kép)"));
        }
        return ok;
    }
}
