package vn.sotay.api.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.rest.Description;

/**
 * What a vote on a {@link Matter} needs to pass: {@code yes} compared with a fraction of a
 * {@link Base}. The defaults ({@link VoteRules}) are the Party Charter's (docs/meetings.md, "The
 * charter's rules"); a province reads and may change them in configuration {@code vn.sotay.votes}.
 *
 * @param matter      what is decided; also who votes ({@link vn.sotay.api.member.Eligibility#votes})
 * @param numerator   the fraction's numerator (1 for "half", 2 for "two thirds")
 * @param denominator the fraction's denominator, at least 1 and at least {@code numerator}
 * @param strict      {@code true}: more than the fraction (hơn một nửa); {@code false}: at least (ít nhất hai phần ba)
 * @param base        what the fraction is of
 */
public record VoteRule(Matter matter, int numerator, int denominator, boolean strict, Base base) {

    /** What the fraction is taken of. */
    public enum Base {
        /** The members eligible to vote on the matter in the organisation holding the vote, present or not. */
        @Description("Số đảng viên có quyền biểu quyết của tổ chức (kể cả vắng mặt)") ELIGIBLE,
        /** The ballots cast (an election: each candidate against the ballots collected). */
        @Description("Số phiếu thu vào") CAST
    }

    public VoteRule {
        if (matter == null || base == null || denominator < 1 || numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("invalid vote rule " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code yes} passes against the base's count ({@code eligible} or ballots {@code cast}); exact integer arithmetic. */
    public boolean passes(long yes, long eligible, long cast) {
        long of = base == Base.ELIGIBLE ? eligible : cast;
        if (of <= 0) {
            return false;
        }
        long lhs = yes * denominator;
        long rhs = of * numerator;
        return strict ? lhs > rhs : lhs >= rhs;
    }

    /** The smallest number of yes votes that passes (shown to the chair before the vote). */
    public long needed(long eligible, long cast) {
        long of = base == Base.ELIGIBLE ? eligible : cast;
        long n = of * numerator / denominator;
        return passes(n, eligible, cast) ? n : n + 1;
    }

    /**
     * An election's winners: candidates whose votes pass this rule (base normally {@link Base#CAST}),
     * most votes first, at most {@code seats}. Candidates tied at the last seat are all left out
     * (the charter's procedure then holds another round), so fewer than {@code seats} may be elected.
     */
    public List<String> elect(Map<String, Long> votes, long eligible, long cast, int seats) {
        List<Map.Entry<String, Long>> passing = new ArrayList<>(votes.entrySet().stream()
                .filter(e -> passes(e.getValue(), eligible, cast)).toList());
        passing.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < passing.size() && out.size() < seats; i++) {
            long v = passing.get(i).getValue();
            int tiedTo = i;
            while (tiedTo + 1 < passing.size() && passing.get(tiedTo + 1).getValue() == v) {
                tiedTo++;
            }
            if (out.size() + (tiedTo - i + 1) > seats) {
                break;
            }
            for (int j = i; j <= tiedTo; j++) {
                out.add(passing.get(j).getKey());
            }
            i = tiedTo;
        }
        return out;
    }

    /** Vietnamese wording for screens and minutes: "hơn 1/2 số đảng viên có quyền biểu quyết". */
    public String describe() {
        String fraction = numerator == 1 && denominator == 2 ? "một nửa"
                : numerator == 2 && denominator == 3 ? "hai phần ba" : numerator + "/" + denominator;
        return (strict ? "hơn " : "ít nhất ") + fraction
                + (base == Base.ELIGIBLE ? " số đảng viên có quyền biểu quyết" : " số phiếu thu vào");
    }

    /** The configuration form: {@code >1/2 eligible}, {@code >=2/3 eligible}. */
    public String format() {
        return (strict ? ">" : ">=") + numerator + "/" + denominator + " " + base.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #format()}; {@link IllegalArgumentException} on anything else. */
    public static VoteRule parse(Matter matter, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(>=|>)\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s+(eligible|cast)\\s*")
                .matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("vote rule for " + matter + " must look like '>1/2 eligible': " + text);
        }
        return new VoteRule(matter, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1).equals(">"),
                Base.valueOf(m.group(4).toUpperCase(java.util.Locale.ROOT)));
    }
}
