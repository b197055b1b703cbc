package vn.sotay.files.internal;

import java.io.Writer;
import java.text.Normalizer;

import vn.sotay.api.files.FileInspector;

/** Extracted text made searchable: NFC, whitespace collapsed, invisible characters dropped, capped. Pure. */
final class Texts {
    private Texts() {
    }

    /** {@code raw} in NFC, every run of whitespace or control characters one space, trimmed, at most {@code max} chars. */
    static String clean(CharSequence raw, int max) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(Math.min(nfc.length(), max + 1));
        boolean space = true;
        for (int i = 0; i < nfc.length() && b.length() <= max; i++) {
            char c = nfc.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                continue; // soft hyphen, zero-width characters, byte order mark
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        int end = b.length();
        if (end > max) {
            end = max;
            if (Character.isHighSurrogate(b.charAt(end - 1))) {
                end--;
            }
        }
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    static String clean(CharSequence raw) {
        return clean(raw, FileInspector.MAX_TEXT);
    }

    /** A writer that keeps the first {@code limit} characters and drops the rest, telling when it is full. */
    static final class Capped extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        Capped(int limit) {
            this.limit = limit;
        }

        boolean full() {
            return text.length() >= limit;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, Math.min(len, Math.max(0, limit - text.length())));
        }

        @Override
        public void write(String s, int off, int len) {
            text.append(s, off, off + Math.min(len, Math.max(0, limit - text.length())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
