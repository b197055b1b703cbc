package vn.sotay.study.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A member's order of questions and options, a pure function of the attempt's seed: the same on
 * every read of the attempt (resume, another device), different between attempts.
 * {@link java.util.Random}'s algorithm is fixed by its specification, so the order survives restarts
 * and upgrades.
 */
final class Shuffle {
    private Shuffle() {
    }

    /** {@code order(seed, n).get(i)}: the index (in the contest's drawn order) of the i-th question shown. */
    static List<Integer> questions(long seed, int n) {
        return permutation(new Random(seed), n);
    }

    /** {@code options(seed, pos, n).get(i)}: the question's own index of the i-th option shown. */
    static List<Integer> options(long seed, int pos, int n) {
        return permutation(new Random(seed * 31 + pos + 1), n);
    }

    private static List<Integer> permutation(Random r, int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        Collections.shuffle(out, r);
        return out;
    }
}
