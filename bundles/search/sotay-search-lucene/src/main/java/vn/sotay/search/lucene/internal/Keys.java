package vn.sotay.search.lucene.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Identifier forms of document keys ({@code 619-BC/ĐUK} → {@code 619bcduk}) and of the query runs that may spell one. */
final class Keys {
    /** Query tokens looked at and tokens per run: at most 32 × 6 runs per query. */
    static final int MAX_TOKENS = 32, MAX_RUN = 6;

    private Keys() {
    }

    /** NFC, lower case, folded ({@code đ} → {@code d}), letters and digits only; empty when none is left. */
    static String form(String s) {
        StringBuilder out = new StringBuilder();
        VietnameseAnalyzer.fold(VietnameseAnalyzer.nfc(s).toLowerCase(Locale.ROOT)).codePoints()
                .filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The forms of every run of up to {@link #MAX_RUN} consecutive words of {@code query} (split at
     * spaces and punctuation) that holds a digit: {@code Số 339 QD/TW} gives {@code 339},
     * {@code so339}, {@code 339qd}, {@code 339qdtw}…
     */
    static Set<String> runs(String query) {
        List<String> words = new ArrayList<>();
        for (String w : VietnameseAnalyzer.nfc(query).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            String f = form(w);
            if (!f.isEmpty() && words.size() < MAX_TOKENS) {
                words.add(f);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            boolean digit = false;
            for (int j = i; j < Math.min(words.size(), i + MAX_RUN); j++) {
                run.append(words.get(j));
                digit |= words.get(j).chars().anyMatch(Character::isDigit);
                if (digit) {
                    out.add(run.toString());
                }
            }
        }
        return out;
    }
}
