package vn.sotay.platform.core.internal.imports;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line  1-based physical line where the record starts (the header is line 1); a quoted cell
 *              spanning several lines makes the next record start further down
 * @param cells the cells, trimmed, in file order
 */
public record CsvRow(int line, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }
}
