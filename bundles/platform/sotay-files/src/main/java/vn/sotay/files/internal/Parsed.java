package vn.sotay.files.internal;

/** Text (already cleaned) and page count read from a document; empty text and 0 pages for an image. */
record Parsed(String text, int pages) {
    static final Parsed IMAGE = new Parsed("", 0);

    /** Thrown by a parser when the document is encrypted and its text cannot be read without a password. */
    static final class Encrypted extends Exception {
        private static final long serialVersionUID = 1L;

        Encrypted(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
