package vn.sotay.api.imports;

/** Outcome of a successful import: rows created, rows changed, rows already identical. */
public record ImportReport(int created, int updated, int unchanged) {
}
