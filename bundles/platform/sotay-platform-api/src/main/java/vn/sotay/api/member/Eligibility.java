package vn.sotay.api.member;

import java.util.Arrays;
import java.util.List;

/**
 * The charter's rules on who takes part in what, as data every module shares, so that "who may
 * vote" and "who counts in a rate" are decided in one place (meetings, votes, surveys, statistics,
 * the platform's own rates and logins). Pure functions of a member's {@link MemberStatus}.
 *
 * <table>
 * <caption>Who takes part</caption>
 * <tr><th>status</th><th>logs in</th><th>invited to the cell's meetings</th><th>counted in rates</th>
 * <th>votes</th></tr>
 * <tr><td>{@link MemberStatus#OFFICIAL official} (chính thức)</td><td>yes</td><td>yes</td><td>yes</td>
 * <td>on every matter</td></tr>
 * <tr><td>{@link MemberStatus#PROBATIONARY probationary} (dự bị)</td><td>yes</td><td>yes</td><td>yes</td>
 * <td>on {@link Matter#ORDINARY ordinary} matters only: not on admitting members, electing the
 * committee or delegates, nor on discipline (Điều lệ Đảng: the rights of a probationary member)</td></tr>
 * <tr><td>{@link MemberStatus#EXEMPT exempt} (miễn công tác và sinh hoạt đảng)</td><td>yes</td><td>yes
 * (invited, never required)</td><td>no: excluded from every denominator, as the national rules say</td>
 * <td>no</td></tr>
 * <tr><td>{@link MemberStatus#TRANSFERRED transferred out} (đã chuyển sinh hoạt đi)</td><td>no</td>
 * <td>no</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * @since 1.1
 */
public final class Eligibility {

    /** What a vote decides, as far as who may vote on it. */
    public enum Matter {
        /** Resolutions, plans, the meeting's rating: every voting member. */
        ORDINARY,
        /** Admitting a member or recognising one as official. */
        ADMISSION,
        /** Electing the cell's committee, its secretary, or delegates. */
        ELECTION,
        /** Disciplinary measures. */
        DISCIPLINE
    }

    private Eligibility() {
    }

    /** May log in to the handbook. */
    public static boolean logsIn(MemberStatus s) {
        return s != MemberStatus.TRANSFERRED;
    }

    /** Is invited to the meetings of the cell (an exempt member is invited but never required). */
    public static boolean invited(MemberStatus s) {
        return s != MemberStatus.TRANSFERRED;
    }

    /**
     * Counts in a rate's denominator (logins, reads, attendance, study completion): official and
     * probationary members, as the table above says; the per-status column lives in {@link MemberStatus}
     * so that the enum's own {@link MemberStatus#counted()} never calls back here.
     */
    public static boolean countsInRates(MemberStatus s) {
        return s != null && s.countsInRates;
    }

    /** May vote on {@code matter}. */
    public static boolean votes(MemberStatus s, Matter matter) {
        return s == MemberStatus.OFFICIAL || s == MemberStatus.PROBATIONARY && matter == Matter.ORDINARY;
    }

    /** The statuses counted in rates, for queries ({@code WHERE STATUS IN ...}). */
    public static List<MemberStatus> countedStatuses() {
        return Arrays.stream(MemberStatus.values()).filter(Eligibility::countsInRates).toList();
    }
}
