package vn.sotay.documents.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A party document's number in its citation form {@code <number>-<type code>/<issuer code>}:
 * {@code 619-BC/ĐUK}, {@code 2195-CV/BTGTU}, {@code 04-ĐA/TU}, {@code 339-QĐ/TW}.
 *
 * <p>{@link #parse} reads it as people type it: with a leading {@code Số}/{@code so}, in any case,
 * without diacritics ({@code 339 QD/TW}), with spaces instead of separators, or in the state
 * order {@code 339/QĐ-TW}. {@link #key} is the form two spellings of one number share:
 * lower case, no diacritics ({@code đ} → {@code d}), letters and digits only ({@code 619bcduk}).
 *
 * @param number the number as written, leading zeros kept ({@code 04})
 * @param type   the document type its code names
 * @param issuer the issuer code as written ({@code ĐUK}, {@code ThU}; {@code DUK} when typed so),
 *               upper-cased when typed all in lower case
 */
record DocumentNumber(String number, DocType type, String issuer) {
    /** Longest text read as a number (the longest real citation is about 30 characters); longer is none. */
    static final int MAX_TEXT = 100;

    /**
     * The number in {@code text}, or empty when it is not one (an unknown type code included). A
     * small scanner, linear in the text, of this grammar (letters in any case, spaces ASCII):
     * <pre>
     *   [ ("số" | "so") spaces [":" | "."] spaces ]  digits{1,6}  sep1  letters{1,5}  sep2  issuer
     *   sep1 = spaces (one of - – / . | a space) spaces      sep2 = spaces (one of - – / | a space) spaces
     *   issuer = letter (letter | digit)* ( "-" letter (letter | digit)* )*
     * </pre>
     */
    static Optional<DocumentNumber> parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Scan s = new Scan(Normalizer.normalize(text, Normalizer.Form.NFC).strip());
        if (s.prefix()) {
            s.spaces();
            if (!s.skip(':')) {
                s.skip('.');
            }
            s.spaces();
        }
        String number = s.run(c -> c >= '0' && c <= '9', 6);
        if (number == null || !s.separator("-–/.")) {
            return Optional.empty();
        }
        String code = s.run(Character::isLetter, 5);
        if (code == null || !s.separator("-–/")) {
            return Optional.empty();
        }
        int start = s.pos;
        do {
            if (!s.letter()) {
                return Optional.empty();
            }
            s.run(c -> Character.isLetter(c) || c >= '0' && c <= '9', Integer.MAX_VALUE);
        } while (s.skip('-'));
        if (!s.end()) {
            return Optional.empty();
        }
        DocType type = DocType.parse(code);
        String issuer = s.text.substring(start, s.pos);
        if (issuer.equals(issuer.toLowerCase(Locale.ROOT))) {
            issuer = issuer.toUpperCase(Locale.ROOT);
        }
        return type == null ? Optional.empty() : Optional.of(new DocumentNumber(number, type, issuer));
    }

    /** A cursor over the text; every method moves forward only, so parsing is linear. */
    private static final class Scan {
        final String text;
        int pos;

        Scan(String text) {
            this.text = text;
        }

        boolean end() {
            return pos == text.length();
        }

        boolean is(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        /** Moves past one letter when a letter is next. */
        boolean letter() {
            if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
                return true;
            }
            return false;
        }

        /** Moves past {@code c} when it is next. */
        boolean skip(char c) {
            if (is(c)) {
                pos++;
                return true;
            }
            return false;
        }

        /** {@code số}/{@code so} (any case) before a digit or a space, colon or dot. */
        boolean prefix() {
            if (text.length() - pos >= 2 && (text.charAt(pos) == 's' || text.charAt(pos) == 'S')) {
                char o = Character.toLowerCase(text.charAt(pos + 1));
                if (o == 'o' || o == 'ố') {
                    pos += 2;
                    return true;
                }
            }
            return false;
        }

        void spaces() {
            while (pos < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        /** Spaces, at most one of {@code marks}, spaces; true when at least a space or the mark was there. */
        boolean separator(String marks) {
            int before = pos;
            spaces();
            if (pos < text.length() && marks.indexOf(text.charAt(pos)) >= 0) {
                pos++;
                spaces();
            }
            return pos > before;
        }

        /** The longest run of characters passing {@code test}, or {@code null} when empty or longer than {@code max}. */
        String run(java.util.function.IntPredicate test, int max) {
            int start = pos;
            while (pos < text.length() && test.test(text.charAt(pos))) {
                pos++;
            }
            return pos == start || pos - start > max ? null : text.substring(start, pos);
        }
    }

    /** The canonical citation form, {@code 619-BC/ĐUK}. */
    @Override
    public String toString() {
        return number + "-" + type.code + "/" + issuer;
    }

    /** What every spelling of this number shares, {@code 619bcduk}. */
    String key() {
        return key(toString());
    }

    /** {@code text} lower case, without diacritics, letters and digits only. */
    static String key(String text) {
        return Texts.fold(text).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }
}
