package vn.sotay.api.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.member.Eligibility.Matter;

/** The charter's table: who logs in, is invited, counts in rates and votes on what. */
class EligibilityTest {
    @Test
    void officialMembersTakePartInEverything() {
        for (Matter m : Matter.values()) {
            assertTrue(Eligibility.votes(MemberStatus.OFFICIAL, m));
        }
        assertTrue(Eligibility.countsInRates(MemberStatus.OFFICIAL));
    }

    @Test
    void probationaryMembersVoteOnOrdinaryMattersOnly() {
        assertTrue(Eligibility.votes(MemberStatus.PROBATIONARY, Matter.ORDINARY));
        assertFalse(Eligibility.votes(MemberStatus.PROBATIONARY, Matter.ADMISSION));
        assertFalse(Eligibility.votes(MemberStatus.PROBATIONARY, Matter.ELECTION));
        assertFalse(Eligibility.votes(MemberStatus.PROBATIONARY, Matter.DISCIPLINE));
        assertTrue(Eligibility.countsInRates(MemberStatus.PROBATIONARY));
    }

    @Test
    void exemptMembersAreInvitedButNeverCountedAndTransferredOnesAreGone() {
        assertTrue(Eligibility.invited(MemberStatus.EXEMPT));
        assertTrue(Eligibility.logsIn(MemberStatus.EXEMPT));
        assertFalse(Eligibility.countsInRates(MemberStatus.EXEMPT));
        assertFalse(Eligibility.votes(MemberStatus.EXEMPT, Matter.ORDINARY));
        assertFalse(Eligibility.logsIn(MemberStatus.TRANSFERRED));
        assertFalse(Eligibility.invited(MemberStatus.TRANSFERRED));
        assertEquals(List.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY), Eligibility.countedStatuses());
    }
}
