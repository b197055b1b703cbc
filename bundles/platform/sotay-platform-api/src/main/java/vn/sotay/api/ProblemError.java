package vn.sotay.api;

/**
 * One error inside a problem answer: the field it concerns and why (in Vietnamese). For CSV imports
 * {@code line} is the 1-based line of the file (the header is line 1) and {@code field} the column.
 */
public record ProblemError(Integer line, String field, String message) {
    public static ProblemError field(String field, String message) {
        return new ProblemError(null, field, message);
    }
}
