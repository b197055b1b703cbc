package vn.sotay.documents.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern FORM = Pattern.compile(
            "(?:s[oố]\\s*[:.]?\\s*)?(\\d{1,6})\\s*[-–/.\\s]\\s*(\\p{L}{1,5})\\s*[-–/\\s]\\s*(\\p{L}[\\p{L}\\d]*(?:-\\p{L}[\\p{L}\\d]*)*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The number in {@code text}, or empty when it is not one (an unknown type code included). */
    static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        DocType type = DocType.parse(m.group(2));
        String issuer = m.group(3);
        if (issuer.equals(issuer.toLowerCase(Locale.ROOT))) {
            issuer = issuer.toUpperCase(Locale.ROOT);
        }
        return type == null ? Optional.empty() : Optional.of(new DocumentNumber(m.group(1), type, issuer));
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
        return fold(text).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }

    /** Lower case without diacritics, {@code đ} → {@code d} (NFC or NFD input). */
    static String fold(String s) {
        return Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
    }
}
