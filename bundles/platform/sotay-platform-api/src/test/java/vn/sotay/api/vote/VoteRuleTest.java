package vn.sotay.api.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.member.Eligibility.Matter;

class VoteRuleTest {
    private final VoteRule half = VoteRule.parse(Matter.ORDINARY, ">1/2 eligible");
    private final VoteRule twoThirds = VoteRule.parse(Matter.ADMISSION, ">=2/3 eligible");
    private final VoteRule election = VoteRule.parse(Matter.ELECTION, ">1/2 cast");

    @Test
    void moreThanHalfOfTheEligibleIsStrictAndCountsTheAbsent() {
        assertFalse(half.passes(5, 10, 6), "exactly half is not more than half");
        assertTrue(half.passes(6, 10, 6));
        assertFalse(half.passes(4, 10, 4), "all present voted yes, but the absent count in the base");
        assertEquals(6, half.needed(10, 0));
        assertEquals(4, half.needed(7, 0));
    }

    @Test
    void atLeastTwoThirdsIsInclusiveAndExact() {
        assertTrue(twoThirds.passes(6, 9, 9));
        assertFalse(twoThirds.passes(5, 9, 9));
        assertTrue(twoThirds.passes(7, 10, 10), "7/10 >= 2/3");
        assertFalse(twoThirds.passes(6, 10, 10), "6/10 < 2/3");
        assertEquals(7, twoThirds.needed(10, 0));
        assertEquals("ít nhất hai phần ba số đảng viên có quyền biểu quyết", twoThirds.describe());
    }

    @Test
    void anElectionFillsSeatsByVotesAndLeavesATieAtTheCutOut() {
        Map<String, Long> votes = Map.of("A", 9L, "B", 8L, "C", 8L, "D", 3L);
        assertEquals(List.of("A"), election.elect(votes, 12, 10, 2), "B and C tie for the second seat");
        assertEquals(List.of("A", "B", "C"), election.elect(votes, 12, 10, 3));
        assertEquals(List.of("A", "B", "C"), election.elect(votes, 12, 10, 5), "D has no majority of the ballots cast");
    }

    @Test
    void theConfigurationFormRoundTripsAndRejectsNonsense() {
        assertEquals(">=2/3 eligible", twoThirds.format());
        assertEquals(twoThirds, VoteRule.parse(Matter.ADMISSION, twoThirds.format()));
        assertThrows(IllegalArgumentException.class, () -> VoteRule.parse(Matter.ORDINARY, "3/2 eligible"));
        assertThrows(IllegalArgumentException.class, () -> VoteRule.parse(Matter.ORDINARY, ">3/2 eligible"));
        assertThrows(IllegalArgumentException.class, () -> VoteRule.parse(Matter.ORDINARY, ">1/0 cast"));
    }

    @Test
    void receiptsAreRandomAndOnlyWellFormedOnesHash() {
        String r = SecretBallots.receipt();
        assertEquals(22, r.length());
        assertEquals(64, SecretBallots.hash(r).length());
        assertFalse(r.equals(SecretBallots.receipt()));
        assertNull(SecretBallots.hash("x' OR 1=1 --"));
        assertEquals(32, SecretBallots.ballotId().length());
    }
}
