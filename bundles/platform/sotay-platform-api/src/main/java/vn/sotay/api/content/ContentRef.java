package vn.sotay.api.content;

import vn.sotay.api.ProblemException;

/**
 * A reference to a piece of content another module owns: a meeting's materials name a party
 * document, an article or a study lesson; an answer cites a document. A referrer stores only the
 * reference (its {@link #toString() text form} {@code type:id} fits a VARCHAR(100) column) and
 * never reads the owner's tables; it asks {@link ContentService#resolve} what the reference is for
 * the person looking, each time it shows it.
 *
 * @param type the owning module's content type, as its {@link vn.sotay.spi.content.ContentResolver}
 *             registers it ({@code article}, {@code document}): lower-case letters, digits and
 *             {@code -}, at most {@value #MAX_TYPE} characters
 * @param id   the id within the type: letters, digits, {@code -} and {@code _}, at most
 *             {@value #MAX_ID} characters
 * @since 1.0
 */
public record ContentRef(String type, String id) {
    /** Longest type. */
    public static final int MAX_TYPE = 32;
    /** Longest id. */
    public static final int MAX_ID = 64;

    public ContentRef {
        if (!valid(type, MAX_TYPE, false) || !valid(id, MAX_ID, true)) {
            throw ProblemException.invalid("ref", "Tham chiếu nội dung không hợp lệ (dạng loại:mã, ví dụ document:12).");
        }
    }

    /** The reference written as {@code type:id} ({@code document:12}); 400 naming {@code ref} when malformed. */
    public static ContentRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || text.length() > MAX_TYPE + 1 + MAX_ID) {
            throw ProblemException.invalid("ref", "Tham chiếu nội dung không hợp lệ (dạng loại:mã, ví dụ document:12).");
        }
        return new ContentRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }

    private static boolean valid(String s, int max, boolean id) {
        if (s == null || s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || id && (c >= 'A' && c <= 'Z' || c == '_');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
