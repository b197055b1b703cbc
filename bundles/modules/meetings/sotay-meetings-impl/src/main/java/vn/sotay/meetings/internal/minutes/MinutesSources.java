package vn.sotay.meetings.internal.minutes;

import java.util.List;

/**
 * What the minutes take from the other parts of the module: members' written opinions per agenda
 * item (góp ý) and the results of the votes. The parts that own them (opinions, votes) register an
 * implementation with a higher {@code service.ranking} than {@link NoMinutesSources} (ranking 0);
 * until then the minutes are drafted without them. {@code MinutesResource} binds the highest-ranked
 * one greedily (it is reactivated when a better one arrives). One implementation serves both lists:
 * a part owning only one of them delegates the other to the next-ranked service or answers empty.
 */
public interface MinutesSources {

    /** Opinions given on the meeting's agenda items, in agenda order then time. */
    List<Opinion> opinions(long meetingId);

    /** Results of the meeting's closed votes, in agenda order. */
    List<VoteResult> voteResults(long meetingId);

    /** One member's written opinion on an agenda item ({@code agendaItemId} null: on the meeting as a whole). */
    record Opinion(Long agendaItemId, String memberName, String text) {
    }

    /**
     * A closed vote: its question, the counts, and whether it passed under its rule ({@code rule}: the
     * rule as written in docs/meetings.md, e.g. {@code >=2/3 eligible}).
     */
    record VoteResult(Long agendaItemId, String question, long yes, long no, long abstain, long eligible, String rule,
            boolean passed) {
    }
}
