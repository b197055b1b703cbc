package vn.sotay.api.vote;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.member.Eligibility.Matter;

/**
 * The province's vote rules, one per {@link Matter}, provided by the platform core from
 * configuration {@value #PID} (keys {@code ordinary}, {@code admission}, {@code election},
 * {@code discipline}, values in {@link VoteRule#format()} form). The defaults are the Party
 * Charter's, written out in docs/meetings.md ("The charter's rules"):
 * <ul>
 * <li>{@code ordinary = >1/2 eligible}: a resolution is valid when more than half of the body's
 * members approve (Điều lệ Đảng, Điều 10, khoản 5);</li>
 * <li>{@code admission = >=2/3 eligible}: admitting a member and recognising a probationary member as
 * official need at least two thirds of the cell's official members (Điều 4 khoản 3, Điều 5 khoản 3);</li>
 * <li>{@code election = >1/2 cast}: a candidate is elected with more than half of the ballots cast
 * (Điều 12 and the election rules);</li>
 * <li>{@code discipline = >1/2 eligible}: disciplinary measures by a majority of the body
 * (Điều 39), a province may tighten it.</li>
 * </ul>
 * Who may vote on each matter is {@link vn.sotay.api.member.Eligibility#votes} (probationary members
 * vote on ordinary matters only).
 */
@ProviderType
public interface VoteRules {
    /** Configuration PID. */
    String PID = "vn.sotay.votes";

    /** The rule for {@code matter}. */
    VoteRule rule(Matter matter);

    /** Every rule, in {@link Matter} order (what {@code GET} endpoints show a province). */
    List<VoteRule> all();
}
