package vn.sotay.meetings.internal.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.vote.VoteRule;

class VoteRequestsTest {
    private static VoteStore.Row election(int seats, List<String> names) {
        return new VoteStore.Row(1, 1, 1, "Bầu", Matter.ELECTION, true, seats, VoteRule.parse(Matter.ELECTION, ">1/2 cast"),
                Vote.Status.OPEN, 9, 0, names, Collections.nCopies(names.size(), null), Collections.nCopies(names.size(), false),
                null, null, null, null, null, null, null);
    }

    @Test
    void boundsOfANewVote() {
        assertThrows(ProblemException.class, () -> VoteRequests.check(null));
        assertThrows(ProblemException.class, () -> VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "x".repeat(501), null, null, null, null)));
        assertThrows(ProblemException.class, () -> VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "Hỏi\u0007", null, null, null, null)));
        assertThrows(ProblemException.class, () -> VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "Bầu", Matter.ELECTION, true,
                List.of("An", "An"), 1)), "duplicate candidates");
        assertThrows(ProblemException.class, () -> VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "Bầu", Matter.ELECTION, true,
                List.of("An", "Bình"), 3)), "more seats than candidates");
        assertThrows(ProblemException.class, () -> VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "Hỏi", null, null, null, 2)),
                "seats without candidates");
        VoteRequests.Checked ok = VoteRequests.check(new VoteRequests.NewMeetingVote(1L, "  Thông qua  ", null, null, null, null));
        assertEquals("Thông qua", ok.question());
        assertEquals(Matter.ORDINARY, ok.matter());
    }

    @Test
    void aBallotNamesAtMostTheSeatsFromTheList() {
        VoteStore.Row v = election(2, List.of("An", "Bình", "Chi"));
        assertEquals("c:0,2", VoteRequests.choice(new VoteRequests.MeetingBallot(null, List.of("Chi", "An"), null), v));
        assertEquals("c:", VoteRequests.choice(new VoteRequests.MeetingBallot(null, List.of(), null), v), "a blank ballot");
        assertThrows(ProblemException.class, () -> VoteRequests.choice(new VoteRequests.MeetingBallot(null, List.of("An", "Bình", "Chi"), null), v));
        assertThrows(ProblemException.class, () -> VoteRequests.choice(new VoteRequests.MeetingBallot(null, List.of("An", "An"), null), v));
        assertThrows(ProblemException.class, () -> VoteRequests.choice(new VoteRequests.MeetingBallot(null, List.of("Dũng"), null), v));
        assertThrows(ProblemException.class, () -> VoteRequests.choice(new VoteRequests.MeetingBallot(Vote.Choice.YES, null, null), v));
        assertEquals("An, Chi", Tallies.shown("c:0,2", v.candidates()));
    }
}
