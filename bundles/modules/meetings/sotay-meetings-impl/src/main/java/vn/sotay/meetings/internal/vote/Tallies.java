package vn.sotay.meetings.internal.vote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a ballot's choice is stored and counted: {@code YES}, {@code NO}, {@code ABSTAIN}, or for an
 * election {@code c:} followed by the chosen candidates' positions ({@code c:0,2}; {@code c:} is a
 * blank ballot, counted as cast).
 */
final class Tallies {
    static final String CANDIDATES = "c:";

    private Tallies() {
    }

    /** Counts by kind; {@code candidates[i]}: ballots naming candidate {@code i}. */
    record Counted(long yes, long no, long abstain, long cast, long[] candidates) {
    }

    /** The stored form of a choice of candidate positions (sorted, distinct). */
    static String candidates(List<Integer> positions) {
        return CANDIDATES + positions.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Counts grouped choices ({@code choice → ballots}) of a vote with {@code n} candidates. */
    static Counted count(Map<String, Long> byChoice, int n) {
        long yes = 0, no = 0, abstain = 0, cast = 0;
        long[] cands = new long[n];
        for (Map.Entry<String, Long> e : byChoice.entrySet()) {
            long k = e.getValue();
            cast += k;
            switch (e.getKey()) {
                case "YES" -> yes += k;
                case "NO" -> no += k;
                case "ABSTAIN" -> abstain += k;
                default -> {
                    if (e.getKey().startsWith(CANDIDATES) && e.getKey().length() > CANDIDATES.length()) {
                        for (String p : e.getKey().substring(CANDIDATES.length()).split(",")) {
                            int i = Integer.parseInt(p);
                            if (i >= 0 && i < n) {
                                cands[i] += k;
                            }
                        }
                    }
                }
            }
        }
        return new Counted(yes, no, abstain, cast, cands);
    }

    /** How a stored choice reads: the choice's name, or the candidates' names joined. */
    static String shown(String choice, List<String> names) {
        if (choice == null || !choice.startsWith(CANDIDATES)) {
            return choice;
        }
        String rest = choice.substring(CANDIDATES.length());
        return rest.isEmpty() ? "" : java.util.Arrays.stream(rest.split(",")).map(Integer::parseInt)
                .filter(i -> i >= 0 && i < names.size()).map(names::get).collect(Collectors.joining(", "));
    }
}
