package vn.sotay.api;

/**
 * Parsing of the {@code cursor} and {@code limit} query parameters shared by every paged list, so
 * that every module answers bad values the same way (400 naming the parameter).
 */
public final class Cursors {
    /** Largest page a client may ask for. */
    public static final int MAX_LIMIT = 100;
    /** Page size when the client does not say. */
    public static final int DEFAULT_LIMIT = 20;

    private Cursors() {
    }

    static String offset(int offset) {
        return "o" + offset;
    }

    /**
     * Deepest offset a cursor may hold: beyond it a client pages by offset through more than a
     * million rows, which no list here offers; {@code offset + limit} never overflows.
     *
     * @since 1.2
     */
    public static final int MAX_OFFSET = 1_000_000;

    /** The offset encoded in {@code cursor}; 0 for {@code null}; 400 when malformed or beyond {@link #MAX_OFFSET}. */
    public static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            if (cursor.charAt(0) == 'o' && cursor.length() <= 12) {
                int v = Integer.parseInt(cursor.substring(1));
                if (v >= 0 && v <= MAX_OFFSET) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ProblemException.invalid("cursor", "Con trỏ phân trang không hợp lệ");
    }

    /**
     * A {@code limit} query parameter as the client typed it (taken as a string so that
     * {@code limit=abc} is a 400 in Vietnamese rather than JAX-RS's bare 404): 1..{@link #MAX_LIMIT},
     * {@link #DEFAULT_LIMIT} when absent or blank.
     *
     * @since 1.1
     */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return limit(Integer.valueOf(limit.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", "Số bản ghi mỗi trang phải từ 1 đến " + MAX_LIMIT);
        }
    }

    /** {@code limit} clamped to 1..{@link #MAX_LIMIT}; {@link #DEFAULT_LIMIT} when {@code null}. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "Số bản ghi mỗi trang phải từ 1 đến " + MAX_LIMIT);
        }
        return limit;
    }
}
