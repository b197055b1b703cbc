package vn.sotay.files.internal;

/**
 * What a parser read: the text (already cleaned) and page count of a document, with the raw start
 * of its text (line breaks kept) for the classification check; the dimensions of an image.
 */
record Parsed(String text, int pages, String head, int width, int height) {
    /** Raw text kept for the heading check: ample for {@code HEADING_CHARS} of text plus layout whitespace. */
    static final int HEAD = 16 * 1024;

    static Parsed document(String raw, String text, int pages) {
        return new Parsed(text, pages, raw.length() <= HEAD ? raw : raw.substring(0, HEAD), 0, 0);
    }

    static Parsed image(int width, int height) {
        return new Parsed("", 0, "", width, height);
    }

    /** Thrown by a parser when the document is encrypted and its text cannot be read without a password. */
    static final class Encrypted extends Exception {
        private static final long serialVersionUID = 1L;

        Encrypted(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
