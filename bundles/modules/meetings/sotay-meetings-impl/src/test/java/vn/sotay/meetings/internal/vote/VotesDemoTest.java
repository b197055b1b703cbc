package vn.sotay.meetings.internal.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.vote.VoteRule;
import vn.sotay.api.vote.VoteRules;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.meetings.internal.VoteTestUnits;
import vn.sotay.meetings.internal.entity.AgendaItemEntity;
import vn.sotay.meetings.internal.entity.AttendeeEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.testing.DerbyUnit;

class VotesDemoTest {
    private final DerbyUnit unit = new DerbyUnit("votesdemo" + System.nanoTime(), VoteTestUnits.spec());
    private final VoteStore store = new VoteStore(unit);
    private final Instant now = Instant.parse("2026-12-03T02:00:00Z");
    private final VoteRules rules = new VoteRules() {
        @Override
        public VoteRule rule(Matter m) {
            return VoteRule.parse(m, m == Matter.ADMISSION ? ">=2/3 eligible" : m == Matter.ELECTION ? ">1/2 cast" : ">1/2 eligible");
        }

        @Override
        public List<VoteRule> all() {
            return Arrays.stream(Matter.values()).map(this::rule).toList();
        }
    };
    private final DemoContext demo = new DemoContext() {
        @Override
        public OrgTree tree() {
            return null;
        }

        @Override
        public Optional<DemoAccount> account(String phone) {
            return Optional.empty();
        }

        @Override
        public Instant now() {
            return now;
        }
    };

    @AfterEach
    void close() {
        unit.close();
    }

    /** A closed meeting of November with 9 officials, {@code present} of them present. */
    private long meeting(int present) {
        return unit.write(em -> {
            MeetingEntity m = new MeetingEntity();
            m.orgId = 1;
            m.kind = "REGULAR";
            m.status = "CLOSED";
            m.title = "Sinh hoạt tháng 11";
            m.startsAt = LocalDateTime.ofInstant(Instant.parse("2026-11-04T01:00:00Z"), ZoneOffset.UTC);
            m.endsAt = m.startsAt.plusHours(2);
            m.monthKey = MeetingsStore.monthKey(Instant.parse("2026-11-04T01:00:00Z"));
            m.createdBy = 1;
            m.createdAt = m.startsAt;
            m.updatedAt = m.startsAt;
            em.persist(m);
            em.flush();
            for (int i = 0; i < 2; i++) {
                AgendaItemEntity a = new AgendaItemEntity();
                a.meetingId = m.id;
                a.pos = i;
                a.title = "Mục " + i;
                em.persist(a);
            }
            for (int i = 1; i <= 9; i++) {
                AttendeeEntity a = new AttendeeEntity();
                a.meetingId = m.id;
                a.memberId = m.id * 100 + i;
                a.cellId = 1;
                a.statusAtInvite = "OFFICIAL";
                a.state = i <= present ? "PRESENT" : "ABSENT";
                em.persist(a);
            }
            return m.id;
        });
    }

    @Test
    void lastMonthsClosedMeetingsGetPassedVotesOnce() {
        long full = meeting(8);
        long thin = meeting(5);
        new VotesDemo(store, rules).contribute(demo);
        List<VoteStore.Row> votes = store.ofMeeting(full);
        assertEquals(2, votes.size());
        assertTrue(votes.stream().allMatch(v -> v.status() == Vote.Status.CLOSED && v.passed() && v.cast() == 8), votes.toString());
        assertTrue(votes.get(0).secret() && votes.get(0).matter() == Matter.ADMISSION);
        assertEquals(1, store.ofMeeting(thin).size(), "5 of 9 cannot admit (two thirds), but passes a resolution");
        new VotesDemo(store, rules).contribute(demo);
        assertEquals(3, store.count(), "idempotent");
    }

    @Test
    void copesWithNoClosedMeeting() {
        new VotesDemo(store, rules).contribute(demo);
        assertEquals(0, store.count());
    }
}
