package vn.sotay.meetings.internal.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;

/**
 * A vote as a caller may see it, and its live tallies: counts of an open ballot only for those who
 * run the meeting while it runs; of a secret ballot for nobody until it is closed; who voted what
 * (open ballots) for every reader of the meeting after closing.
 */
@Component(service = VoteViews.class)
public class VoteViews {
    private final VoteStore store;
    private final MeetingAccess access;
    private final MemberService members;
    private final VoteLive live;

    @Activate
    public VoteViews(@Reference VoteStore store, @Reference MeetingAccess access, @Reference MemberService members,
            @Reference VoteLive live) {
        this.store = store;
        this.access = access;
        this.members = members;
        this.live = live;
    }

    List<Vote> all(Caller c, Meeting m, List<VoteStore.Row> rows) {
        boolean runs = access.runs(c, m);
        Map<Long, String> mine = c.memberId() == null ? Map.of() : store.votedBy(m.id(), c.memberId());
        return rows.stream().map(r -> view(r, runs, mine, false)).toList();
    }

    Vote one(Caller c, Meeting m, VoteStore.Row r) {
        Map<Long, String> mine = c.memberId() == null ? Map.of() : store.votedBy(m.id(), c.memberId());
        return view(r, access.runs(c, m), mine, true);
    }

    /** Sends the vote's tally on the meeting's live topic. */
    void publish(Meeting m, VoteStore.Row r) {
        Vote.Tally shared = r.status() == Vote.Status.CLOSED ? closedTally(r) : null;
        Vote.Tally chair = shared != null || r.secret() ? shared : liveTally(r);
        Vote.Result result = result(r);
        live.publish(m, r.id(), new VoteLive.LiveTally(r.id(), r.status(), r.ballots(), r.eligible(), chair, result),
                new VoteLive.LiveTally(r.id(), r.status(), r.ballots(), r.eligible(), shared, result));
    }

    private Vote view(VoteStore.Row r, boolean runs, Map<Long, String> mine, boolean detail) {
        boolean closed = r.status() == Vote.Status.CLOSED;
        Vote.Tally tally = closed ? closedTally(r) : runs && !r.secret() ? liveTally(r) : null;
        List<Vote.OpenBallot> ballots = null;
        if (detail && closed && !r.secret()) {
            Map<Long, String> open = store.openBallots(r.id());
            Map<Long, Member> named = members.getAll(List.copyOf(open.keySet()));
            ballots = open.entrySet().stream().map(e -> new Vote.OpenBallot(e.getKey(),
                    named.get(e.getKey()) == null ? null : named.get(e.getKey()).fullName(),
                    Tallies.shown(e.getValue(), r.candidates()))).toList();
        }
        return new Vote(r.id(), r.meetingId(), r.agendaId(), r.question(), r.matter(), r.secret(), r.candidates(), r.seats(),
                r.rule().format(), r.rule().describe(), r.rule().needed(r.eligible(), r.ballots()), r.status(), r.eligible(),
                r.ballots(), mine.containsKey(r.id()), r.secret() ? null : Tallies.shown(mine.get(r.id()), r.candidates()),
                tally, result(r), ballots, r.createdAt(), r.closedAt());
    }

    private Vote.Tally liveTally(VoteStore.Row r) {
        Tallies.Counted c = Tallies.count(store.counts(r.id(), r.secret()), r.candidates().size());
        List<Vote.CandidateCount> cands = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            cands.add(new Vote.CandidateCount(r.candidates().get(i), c.candidates()[i], false));
        }
        return new Vote.Tally(c.yes(), c.no(), c.abstain(), c.cast(), cands);
    }

    private static Vote.Tally closedTally(VoteStore.Row r) {
        List<Vote.CandidateCount> cands = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            Integer v = r.candidateVotes().get(i);
            cands.add(new Vote.CandidateCount(r.candidates().get(i), v == null ? 0 : v, r.elected().get(i)));
        }
        return new Vote.Tally(n(r.yes()), n(r.no()), n(r.abstain()), n(r.cast()), cands);
    }

    private static Vote.Result result(VoteStore.Row r) {
        if (r.status() != Vote.Status.CLOSED) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            if (r.elected().get(i)) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> -n(r.candidateVotes().get(i))).thenComparing(i -> r.candidates().get(i)));
        return new Vote.Result(n(r.yes()), n(r.no()), n(r.abstain()), n(r.cast()), r.eligible(), Boolean.TRUE.equals(r.passed()),
                order.stream().map(r.candidates()::get).toList());
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
