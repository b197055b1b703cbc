package vn.sotay.files.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.sotay.api.files.FileInspector;

/**
 * State-secret classification marks ({@code MẬT}, {@code TỐI MẬT}, {@code TUYỆT MẬT},
 * {@code Độ mật: …}) in a title or in a document's heading area; the rules are documented on
 * {@link FileInspector#classificationMark}. Pure: one pass over the characters (NFC), then a scan of
 * the words with a lookahead of three, so linear time and no regular expression.
 */
final class Classification {
    static final String SECRET = "MẬT";
    static final String TOP_SECRET = "TỐI MẬT";
    static final String ABSOLUTE_SECRET = "TUYỆT MẬT";
    /** Words that make {@code MẬT} part of a compound when they stand just before it (bí mật, bảo mật, tài liệu mật…). */
    static final Set<String> BEFORE = Set.of("BÍ", "BẢO", "CƠ", "THÂN", "ĐỘ", "TÚI", "LIỆU", "TIN", "BẢN", "SƠ");
    /** Words that make {@code MẬT} part of a compound when they follow it (mật khẩu, mật thiết, mật mã…). */
    static final Set<String> AFTER = Set.of("KHẨU", "THIẾT", "MÃ", "ĐỘ", "ONG", "BÁO", "THƯ", "DANH", "VỤ", "THÁM",
            "LỆNH", "KHU", "MÍA", "ƯỚC", "NGỌT", "ĐẠO");

    /** A word: letters and digits as written, upper-cased, and whether it was written in capitals. */
    record Word(String upper, boolean capital) {
    }

    private Classification() {
    }

    /** The mark in a title (see {@link FileInspector#classificationMark}), or empty. */
    static Optional<String> inTitle(String title) {
        return title == null ? Optional.empty() : Optional.ofNullable(inWords(words(normalize(title))));
    }

    /**
     * The mark in the heading area of extracted text (line breaks kept): its first
     * {@link FileInspector#HEADING_LINES} non-empty lines within {@link FileInspector#HEADING_CHARS}
     * characters. A line carries a mark by the title rules, or when one of its tab-separated parts
     * is nothing but the mark in capitals, also without diacritics ({@code TOI MAT}).
     */
    static Optional<String> inHeading(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text);
        int lines = 0;
        int chars = 0;
        int start = 0;
        while (start <= s.length() && lines < FileInspector.HEADING_LINES && chars < FileInspector.HEADING_CHARS) {
            int end = start;
            while (end < s.length() && !lineBreak(s.charAt(end))) {
                end++;
            }
            String line = s.substring(start, Math.min(end, start + FileInspector.HEADING_CHARS - chars)).strip();
            if (line.codePoints().anyMatch(Character::isLetterOrDigit)) {
                lines++;
                chars += line.length();
                String mark = inLine(line);
                if (mark != null) {
                    return Optional.of(mark);
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static String inLine(String line) {
        String mark = inWords(words(line));
        if (mark != null) {
            return mark;
        }
        for (String part : line.split("\t")) {
            List<Word> w = words(part);
            if (w.isEmpty() || !w.stream().allMatch(Word::capital)) {
                continue;
            }
            String joined = String.join(" ", w.stream().map(Word::upper).toList());
            switch (joined) {
                case SECRET, "MAT":
                    return SECRET;
                case TOP_SECRET, "TOI MAT":
                    return TOP_SECRET;
                case ABSOLUTE_SECRET, "TUYET MAT":
                    return ABSOLUTE_SECRET;
                default:
                    break;
            }
        }
        return null;
    }

    /** The first mark among these words by the title rules, or null. */
    private static String inWords(List<Word> w) {
        for (int i = 0; i < w.size(); i++) {
            Word x = w.get(i);
            if (x.upper().equals("ĐỘ") && i + 1 < w.size() && w.get(i + 1).upper().equals(SECRET)) {
                String level = level(w, i + 2);
                if (level != null) {
                    return level;
                }
            }
            if (x.capital() && (x.upper().equals("TUYỆT") || x.upper().equals("TỐI")) && i + 1 < w.size()
                    && w.get(i + 1).capital() && w.get(i + 1).upper().equals(SECRET)) {
                return x.upper() + " " + SECRET;
            }
            if (x.capital() && x.upper().equals(SECRET) && (i == 0 || !BEFORE.contains(w.get(i - 1).upper())
                    && !(w.get(i - 1).capital() && (w.get(i - 1).upper().equals("TỐI")
                            || w.get(i - 1).upper().equals("TUYỆT"))))
                    && (i + 1 == w.size() || !AFTER.contains(w.get(i + 1).upper()))) {
                return SECRET;
            }
        }
        return null;
    }

    /** The level written (in any case) from word {@code at}, or null. */
    private static String level(List<Word> w, int at) {
        if (at >= w.size()) {
            return null;
        }
        String first = w.get(at).upper();
        if (first.equals(SECRET)) {
            return at + 1 < w.size() && AFTER.contains(w.get(at + 1).upper()) ? null : SECRET;
        }
        if ((first.equals("TỐI") || first.equals("TUYỆT")) && at + 1 < w.size() && w.get(at + 1).upper().equals(SECRET)) {
            return first + " " + SECRET;
        }
        return null;
    }

    /** Runs of letters, digits and combining marks; everything else separates words. */
    static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int from = i;
            boolean capital = true;
            boolean letter = false;
            while (i < s.length() && wordChar(c = s.codePointAt(i))) {
                if (Character.isLetter(c)) {
                    letter = true;
                    capital &= !Character.isLowerCase(c);
                }
                i += Character.charCount(c);
            }
            String word = s.substring(from, i);
            out.add(new Word(word.toUpperCase(Locale.ROOT), letter && capital));
        }
        return out;
    }

    /** NFC, with the look-alikes {@code Ð}/{@code ð} (U+00D0/U+00F0) read as {@code Đ}/{@code đ}. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    private static boolean wordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029';
    }
}
