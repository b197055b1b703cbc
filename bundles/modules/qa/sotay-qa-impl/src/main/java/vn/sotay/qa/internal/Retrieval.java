package vn.sotay.qa.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How confident the assistant is that a passage answers a question, without a language model: the
 * share of the question's content words (Vietnamese syllables, lower case, function words dropped) that
 * the passage contains. A word typed with its diacritics must be found with them ({@code vàng} is not
 * {@code vắng}); a word typed without them matches any accented form ({@code dang} finds {@code Đảng}).
 * Pure functions, unit-tested.
 */
final class Retrieval {
    /** Below this share of the question's content words found in the best passage, the assistant declines. */
    static final double CONFIDENT = 0.6;
    /** Fewer content words than this and the question says too little to answer. */
    static final int MIN_WORDS = 2;

    private static final Set<String> FUNCTION_WORDS = Set.of("la", "co", "cua", "va", "cac", "nhung", "cho",
            "trong", "the", "nao", "gi", "khong", "duoc", "nhieu", "toi", "minh", "em", "anh", "a", "o", "thi", "ma",
            "de", "voi", "khi", "neu", "ai", "sao", "vay", "nay", "do", "phai", "can", "mot", "hay", "hoac", "ve",
            "den", "tai", "boi", "nhu", "theo", "da", "se", "oi", "biet", "giup", "ra", "vao", "len", "nhe", "khac",
            "nua", "con", "rat", "qua", "hon", "nhat", "deu", "roi", "chua", "muon", "nen", "thuong", "bay", "gio",
            "ha", "u", "may");
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+[\\-–][\\p{L}]+(?:/[\\p{L}\\d]+)+)|(Điều lệ Đảng)");
    private static final Pattern ARTICLE = Pattern.compile("(Điều \\d+(?:, khoản \\d+)?)");

    private Retrieval() {
    }

    /** Lower case, accents removed, đ→d, everything but letters and digits a space. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd');
        return d.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** The question's content words, lower case with their diacritics as typed, in order, without repeats. */
    static Set<String> words(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : tokens(question)) {
            if (!FUNCTION_WORDS.contains(fold(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /** The share of {@code words} found in {@code passage} (0 when there are none). */
    static double coverage(Set<String> words, String passage) {
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> exact = new HashSet<>();
        Set<String> folded = new HashSet<>();
        for (String t : tokens(passage)) {
            exact.add(t);
            folded.add(fold(t));
        }
        long found = words.stream().filter(w -> w.equals(fold(w)) ? folded.contains(w) : exact.contains(w)).count();
        return (double) found / words.size();
    }

    /** Lower-case words (letters and digits), NFC. */
    static String[] tokens(String s) {
        String n = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).strip();
        return java.util.Arrays.stream(n.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    /** The party document number a text names ({@code 06-NQ/TU}, {@code 37-QĐi/TW}, "Điều lệ Đảng"), or null. */
    static String number(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The article (and clause) a text names ({@code Điều 5}, {@code Điều 5, khoản 1}), or null. */
    static String article(String text) {
        Matcher m = ARTICLE.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }
}
