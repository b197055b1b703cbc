package vn.sotay.itests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The messages of the authorisation matrix: mismatches, the table's own problems, the observed table. */
final class MatrixReport {
    private MatrixReport() {
    }

    private static final Comparator<MatrixRun.Result> ORDER = Comparator
            .comparing((MatrixRun.Result r) -> r.call().op().path())
            .thenComparing(r -> r.call().op().method())
            .thenComparing(r -> r.call().role())
            .thenComparing(r -> !r.call().in());

    /** Every answer that differs from the table, one line each, in table order. */
    static List<String> mismatches(List<MatrixRun.Result> results) {
        return results.stream().filter(MatrixRun.Result::mismatch).sorted(ORDER)
                .map(r -> r.call().op().key() + " | " + r.call().role().column + " | " + r.call().where()
                        + ": expected " + r.call().expected() + ", got " + (r.status() < 0 ? "nothing" : r.status())
                        + " (" + r.detail() + ")")
                .toList();
    }

    /**
     * What the table gets wrong about the served operations, or {@code ""}: its own problems,
     * operations without a row (with a row to copy), and rows whose operation is not served.
     */
    static String coverage(Api api, MatrixTable table, String where) {
        List<String> problems = new ArrayList<>(table.problems());
        List<String> missing = new ArrayList<>();
        Map<String, Api.Operation> served = new TreeMap<>();
        for (Api.Operation op : api.operations()) {
            served.put(op.key(), op);
            if (!table.rows().containsKey(op.key())) {
                missing.add("add a row `" + op.key() + "` to docs/security.md with the expected status for each role: "
                        + template(op, sided(op)));
            }
        }
        List<String> stale = new ArrayList<>();
        for (MatrixTable.Row row : table.rows().values()) {
            Api.Operation op = served.get(row.operation());
            if (op == null) {
                stale.add("line " + row.line() + ": `" + row.operation() + "` is not in /api/openapi.json any more: "
                        + "remove the row (or install the module that serves it)");
            } else {
                problems.addAll(shapeProblems(row, op, sided(op)));
            }
        }
        StringBuilder msg = new StringBuilder();
        section(msg, "The table in " + where + " is malformed", problems);
        section(msg, "Operations of /api/openapi.json the authorisation matrix does not cover", missing);
        section(msg, "Rows of the authorisation matrix whose operation no longer exists", stale);
        return msg.toString();
    }

    /** Called inside and outside a subtree: it has a sided builder in {@link OperationCalls}. */
    static boolean sided(Api.Operation op) {
        return OperationCalls.known(op.key()) && OperationCalls.spec(op.key()).sided();
    }

    /** Problems of a row's shape for this operation (sides, the unknown-id column). */
    static List<String> shapeProblems(MatrixTable.Row row, Api.Operation op, boolean sided) {
        List<String> out = new ArrayList<>();
        String at = "line " + row.line() + ", `" + row.operation() + "`: ";
        if (!sided && row.cells().values().stream().anyMatch(c -> !c.single())) {
            out.add(at + "the operation has no object inside or outside a subtree (OperationCalls has no sided builder "
                    + "for it): write one status per role, not «in / out»");
        }
        if (!op.pathParams().isEmpty() && row.unknownId().none()) {
            out.add(at + "it takes an id: write in «unknown id» what every signed-in role gets for an id that does not "
                    + "exist (404 when nobody may know whether it exists)");
        }
        if (op.pathParams().isEmpty() && !row.unknownId().none()) {
            out.add(at + "it takes no id: write «-» in «unknown id»");
        }
        return out;
    }

    /** A row to copy into the table, with {@code ?} where the author decides. */
    static String template(Api.Operation op, boolean sided) {
        StringBuilder b = new StringBuilder("| `" + op.key() + "` |");
        for (MatrixRole r : MatrixRole.values()) {
            b.append(r.anonymous() ? (op.isPublic() ? " ? |" : " 401 |")
                    : sided ? (r.provinceWide() ? " ? / - |" : " ? / ? |") : " ? |");
        }
        return b.append(op.pathParams().isEmpty() ? " - |" : " 404 |").append(" |").toString();
    }

    /** The answers as table rows (paste-ready), a mismatching cell marked with the expected value. */
    static String observed(List<MatrixRun.Result> results, MatrixTable table) {
        Map<String, Map<MatrixRole, String[]>> rows = new TreeMap<>(Comparator
                .comparing((String k) -> k.substring(k.indexOf(' ') + 1)).thenComparing(k -> k));
        for (MatrixRun.Result r : results) {
            String[] cell = rows.computeIfAbsent(r.call().op().key(), k -> new EnumMap<>(MatrixRole.class))
                    .computeIfAbsent(r.call().role(), k -> new String[2]);
            String got = (r.status() < 0 ? "ERR" : String.valueOf(r.status())) + (r.mismatch() ? "≠" + r.call().expected() : "");
            cell[r.call().in() ? 0 : 1] = got;
        }
        StringBuilder b = new StringBuilder("Observed answers (≠ marks the value the table expects):\n| operation |");
        for (MatrixRole r : MatrixRole.values()) {
            b.append(' ').append(r.column).append(" |");
        }
        b.append('\n');
        rows.forEach((op, cells) -> {
            b.append("| `").append(op).append("` |").append(table.rows().containsKey(op) ? "" : " (no row)");
            for (MatrixRole r : MatrixRole.values()) {
                String[] c = cells.getOrDefault(r, new String[2]);
                b.append(' ').append(c[0]).append(c[1] == null ? (r.provinceWide() && c[0] != null
                        && cellsAreSided(cells) ? " / -" : "") : " / " + c[1]).append(" |");
            }
            b.append('\n');
        });
        return b.toString();
    }

    private static boolean cellsAreSided(Map<MatrixRole, String[]> cells) {
        return cells.values().stream().anyMatch(c -> c[1] != null);
    }

    /** The operations that took longest (fixture making included), for whoever has to speed the matrix up. */
    static String slowest(List<MatrixRun.Result> results, int n) {
        Map<String, Long> total = new TreeMap<>();
        results.forEach(r -> total.merge(r.call().op().key(), r.millis(), Long::sum));
        return "Slowest operations (ms, all their calls, fixtures included): " + total.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
    }

    static void section(StringBuilder msg, String title, List<String> items) {
        if (!items.isEmpty()) {
            msg.append(title).append(" (").append(items.size()).append("):\n  ").append(String.join("\n  ", items))
                    .append('\n');
        }
    }
}
