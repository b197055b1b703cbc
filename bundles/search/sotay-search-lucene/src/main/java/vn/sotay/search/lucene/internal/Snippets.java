package vn.sotay.search.lucene.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import vn.sotay.api.search.SearchHit.Highlight;

/** Plain-text snippet: the window of about {@code size} chars holding the most distinct query terms, and its highlights. */
final class Snippets {
    /**
     * The part of a body a snippet is cut from. Every hit's text is folded and scanned per search,
     * so a 2 MB attachment text would cost milliseconds per hit; a match further in still finds
     * the document, its snippet then shows the beginning.
     */
    static final int SCAN = 30_000;

    private Snippets() {
    }

    /** {@code text} in NFC; {@code terms} folded, lower case. Looks at the first {@link #SCAN} chars only. */
    static String of(String text, Collection<String> terms, int size) {
        String t = collapse(text == null ? "" : text, SCAN);
        if (t.length() <= size) {
            return t;
        }
        String f = fold(t);
        List<int[]> hits = new ArrayList<>(); // {position, term index}
        int ti = 0;
        for (String term : terms) {
            for (int i = f.indexOf(term); i >= 0 && !term.isEmpty(); i = f.indexOf(term, i + 1)) {
                if (boundary(f, i - 1) && boundary(f, i + term.length())) {
                    hits.add(new int[] {i, ti});
                }
            }
            ti++;
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        // the window [start, start + size) anchored a quarter before each hit, with the most distinct
        // terms (the first such); both ends only move forward: one pass, common words stay cheap
        int best = 0;
        int bestCount = 0;
        int[] counts = new int[ti];
        int distinct = 0;
        int lo = 0;
        int hi = 0;
        for (int[] h : hits) {
            int start = Math.max(0, h[0] - size / 4);
            for (; hi < hits.size() && hits.get(hi)[0] < start + size; hi++) {
                distinct += counts[hits.get(hi)[1]]++ == 0 ? 1 : 0;
            }
            for (; lo < hi && hits.get(lo)[0] < start; lo++) {
                distinct -= --counts[hits.get(lo)[1]] == 0 ? 1 : 0;
            }
            if (distinct > bestCount) {
                bestCount = distinct;
                best = start;
            }
        }
        int start = best;
        if (start > 0) {
            int sp = t.indexOf(' ', start);
            start = sp < 0 || sp - start > 20 ? start : sp + 1;
        }
        int end = Math.min(t.length(), start + size);
        if (end < t.length()) {
            int sp = t.lastIndexOf(' ', end);
            end = sp <= start + size / 2 ? end : sp;
        }
        return (start > 0 ? "…" : "") + t.substring(start, end).strip() + (end < t.length() ? "…" : "");
    }

    /**
     * Where {@code terms} (folded, lower case) occur in {@code snippet} as whole words, and
     * {@code keys} ({@link Keys#form}) spelt with up to 3 other chars between letters
     * ({@code 339-QĐ/TW}); overlaps merged. Folding keeps positions, so the offsets are the snippet's.
     */
    static List<Highlight> highlights(String snippet, Collection<String> terms, Collection<String> keys) {
        String f = fold(snippet);
        List<int[]> spans = new ArrayList<>(); // {start, end}
        for (String term : terms) {
            for (int i = term.isEmpty() ? -1 : f.indexOf(term); i >= 0; i = f.indexOf(term, i + 1)) {
                if (boundary(f, i - 1) && boundary(f, i + term.length())) {
                    spans.add(new int[] {i, i + term.length()});
                }
            }
        }
        for (String key : keys) {
            for (int i = 0; i < f.length() && !key.isEmpty(); i++) {
                int end = boundary(f, i - 1) ? spelt(f, i, key) : -1;
                if (end > 0) {
                    spans.add(new int[] {i, end});
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Highlight> out = new ArrayList<>();
        int[] cur = null;
        for (int[] s : spans) {
            if (cur != null && s[0] < cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
            } else {
                if (cur != null) {
                    out.add(new Highlight(cur[0], cur[1]));
                }
                cur = s;
            }
        }
        if (cur != null) {
            out.add(new Highlight(cur[0], cur[1]));
        }
        return out;
    }

    /** End of the whole words from {@code i} whose letters and digits are {@code key}, or -1. */
    private static int spelt(String f, int i, String key) {
        int k = 0;
        int gap = 0;
        for (int j = i; j < f.length(); j++) {
            if (!Character.isLetterOrDigit(f.charAt(j))) {
                if (k == 0 || ++gap > 3) {
                    return -1;
                }
            } else if (f.charAt(j) != key.charAt(k)) {
                return -1;
            } else if (++k == key.length()) {
                return boundary(f, j + 1) ? j + 1 : -1;
            } else {
                gap = 0;
            }
        }
        return -1;
    }

    /** The first {@code max} chars of {@code text}, every run of white space one space, stripped (no regex: it runs per hit). */
    static String collapse(String text, int max) {
        int n = Math.min(text.length(), max);
        StringBuilder b = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Lower-cases and folds char by char, keeping positions (NFC Vietnamese folds one to one). */
    static String fold(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[4];
        for (int i = 0; i < in.length; i++) {
            in[i] = Character.toLowerCase(in[i]);
            if (in[i] >= 0x80 && !Character.isSurrogate(in[i])
                    && ASCIIFoldingFilter.foldToASCII(in, i, out, 0, 1) == 1) {
                in[i] = out[0];
            }
        }
        return new String(in);
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
