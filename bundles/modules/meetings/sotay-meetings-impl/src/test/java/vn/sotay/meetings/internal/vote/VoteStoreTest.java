package vn.sotay.meetings.internal.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.vote.SecretBallots;
import vn.sotay.api.vote.VoteRule;
import vn.sotay.meetings.internal.VoteTestUnits;
import vn.sotay.meetings.internal.entity.AttendeeEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;
import vn.sotay.testing.DerbyUnit;

class VoteStoreTest {
    private static int dbs;
    private final DerbyUnit unit = new DerbyUnit("votes" + (dbs++) + System.nanoTime(), VoteTestUnits.spec());
    private final VoteStore store = new VoteStore(unit);
    private final Instant now = Instant.parse("2026-12-03T02:00:00Z");

    @AfterEach
    void close() {
        unit.close();
    }

    /** A meeting whose roll is 9 official members (1..9), present, and probationary member 10. */
    private long meeting() {
        return unit.write(em -> {
            MeetingEntity m = new MeetingEntity();
            m.orgId = 1;
            m.kind = "REGULAR";
            m.status = "OPEN";
            m.title = "Họp";
            m.startsAt = LocalDateTime.of(2026, 12, 3, 8, 0);
            m.endsAt = m.startsAt.plusHours(2);
            m.monthKey = 202612;
            m.createdBy = 1;
            m.createdAt = m.startsAt;
            m.updatedAt = m.startsAt;
            em.persist(m);
            em.flush();
            for (int i = 1; i <= 10; i++) {
                AttendeeEntity a = new AttendeeEntity();
                a.meetingId = m.id;
                a.memberId = i;
                a.cellId = 1;
                a.statusAtInvite = i == 10 ? "PROBATIONARY" : "OFFICIAL";
                a.state = "PRESENT";
                em.persist(a);
            }
            return m.id;
        });
    }

    @Test
    void admissionTwoThirdsOfEligibleWhetherPresentOrNot() {
        long m = meeting();
        VoteStore.Row v = store.create(m, 1, "Kết nạp", Matter.ADMISSION, false, List.of(), 0,
                VoteRule.parse(Matter.ADMISSION, ">=2/3 eligible"), 1, now);
        assertEquals(9, v.eligible(), "official members only");
        assertEquals(6, v.rule().needed(v.eligible(), 0));
        for (int i = 1; i <= 5; i++) {
            store.cast(v.id(), i, "YES", null, null, now);
        }
        assertEquals(6, store.cast(v.id(), 6, "NO", null, null, now).ballots(), "the count under the lock");
        assertEquals(6, store.cast(v.id(), 6, "NO", null, null, now).ballots(), "a change is not a ballot");
        VoteStore.Row closed = store.close(m, v.id(), now);
        assertEquals(5, closed.yes());
        assertEquals(6, closed.cast());
        assertFalse(closed.passed(), "5 of 9 is less than two thirds");
        assertThrows(ProblemException.class, () -> store.cast(v.id(), 7, "YES", null, null, now), "closed");
        assertThrows(ProblemException.class, () -> store.close(m, v.id(), now), "closed twice");
        assertEquals(5, store.find(m, v.id()).orElseThrow().yes(), "never recomputed");
    }

    @Test
    void secretBallotChangesWithTheReceiptOnlyAndBoxHasNoVoter() {
        long m = meeting();
        VoteStore.Row v = store.create(m, 1, "Kết nạp", Matter.ADMISSION, true, List.of(), 0,
                VoteRule.parse(Matter.ADMISSION, ">=2/3 eligible"), 1, now);
        VoteStore.Cast first = store.cast(v.id(), 1, "NO", null, SecretBallots.receipt(), now);
        assertNotNull(first.receipt());
        assertThrows(ProblemException.class, () -> store.cast(v.id(), 1, "YES", null, SecretBallots.receipt(), now));
        assertThrows(ProblemException.class, () -> store.cast(v.id(), 1, "YES", SecretBallots.hash(SecretBallots.receipt()), null, now));
        VoteStore.Cast change = store.cast(v.id(), 1, "YES", SecretBallots.hash(first.receipt()), SecretBallots.receipt(), now);
        assertTrue(change.changed());
        assertNull(change.receipt());
        for (int i = 2; i <= 6; i++) {
            store.cast(v.id(), i, "YES", null, SecretBallots.receipt(), now);
        }
        VoteStore.Row closed = store.close(m, v.id(), now);
        assertEquals(6, closed.yes());
        assertEquals(6, closed.cast());
        assertTrue(closed.passed(), "6 of 9 is two thirds");
        assertEquals(6L, unit.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM MEETINGS_VOTE_BOX").getSingleResult()) instanceof Number n
                ? n.longValue() : -1);
    }

    @Test
    void electionWithSeats() {
        long m = meeting();
        VoteStore.Row v = store.create(m, 1, "Bầu chi ủy", Matter.ELECTION, true, List.of("An", "Bình", "Chi"), 2,
                VoteRule.parse(Matter.ELECTION, ">1/2 cast"), 1, now);
        String[] ballots = {"c:0,1", "c:0,1", "c:0,2", "c:0", "c:1"};
        for (int i = 0; i < ballots.length; i++) {
            store.cast(v.id(), i + 1, ballots[i], null, SecretBallots.receipt(), now);
        }
        VoteStore.Row closed = store.close(m, v.id(), now);
        assertEquals(List.of(4, 3, 1), closed.candidateVotes());
        assertEquals(List.of(true, true, false), closed.elected());
        assertTrue(closed.passed());
    }

    @Test
    void concurrentCastsOfOneMemberMakeOneBallot() throws Exception {
        long m = meeting();
        VoteStore.Row v = store.create(m, 1, "Nghị quyết", Matter.ORDINARY, false, List.of(), 0,
                VoteRule.parse(Matter.ORDINARY, ">1/2 eligible"), 1, now);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<VoteStore.Cast>> done = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String choice = i % 2 == 0 ? "YES" : "NO";
            done.add(pool.submit(() -> store.cast(v.id(), 3, choice, null, null, now)));
        }
        int firsts = 0;
        for (Future<VoteStore.Cast> f : done) {
            firsts += f.get().changed() ? 0 : 1;
        }
        pool.shutdown();
        assertEquals(1, firsts);
        assertEquals(1, store.find(m, v.id()).orElseThrow().ballots());
        assertEquals(1, store.openBallots(v.id()).size());
        assertEquals(10, v.eligible(), "probationary members vote on ordinary matters");
    }
}
