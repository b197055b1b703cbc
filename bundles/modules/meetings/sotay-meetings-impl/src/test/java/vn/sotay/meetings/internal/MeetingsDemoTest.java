package vn.sotay.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.member.Gender;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The demo meetings on EclipseLink and Derby: most cells met last month, this month's are announced. */
class MeetingsDemoTest {
    @Test
    void loadsOnceWithAttendance() {
        MeetingsStore store = new MeetingsStore(new DerbyUnit("meetingsdemo", MeetingsStore.spec()), new Fakes.Changes());
        MemberService fake = new MemberService() {
            @Override public Map<Long, Long> countedByCell() { return Map.of(); }
            @Override public Optional<Member> get(long id) { return Optional.empty(); }
            @Override public Page<Member> list(Caller c, long orgId, String q, String cursor, int limit) { return null; }
            @Override public List<Long> countedIn(List<Long> cellIds) { return List.of(); }
            @Override public Map<Long, Member> getAll(Collection<Long> ids) { return Map.of(); }
            @Override public List<Member> invitedIn(Collection<Long> cells) {
                return cells.stream().flatMap(cell -> LongStream.range(0, 8).mapToObj(i -> new Member(cell * 100 + i, "Đ" + i,
                        LocalDate.of(1960, 1, 1), Gender.MALE, "C" + cell + i, "09" + cell + i, null, cell,
                        i == 7 ? MemberStatus.EXEMPT : MemberStatus.OFFICIAL, LocalDate.of(1990, 1, 1), null))).toList();
            }
        };
        DemoContext demo = new DemoContext() {
            @Override public OrgTree tree() { return Trees.TREE; }
            @Override public Optional<DemoAccount> account(String phone) { return Optional.empty(); }
            @Override public Instant now() { return Instant.parse("2026-12-03T03:00:00Z"); }
        };
        MeetingsDemo d = new MeetingsDemo(store, fake);
        long t0 = System.nanoTime();
        d.contribute(demo);
        d.contribute(demo);
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
        long meetings = store.unit().read(em -> em.createQuery("SELECT COUNT(m) FROM Meeting m", Long.class).getSingleResult());
        assertEquals(6, meetings, "the three cells of the test tree: last month's (closed) and this month's (announced)");
        List<Object[]> states = store.unit().read(em -> em.createQuery("SELECT a.state, a.how, a.statusAtInvite, COUNT(a)"
                + " FROM MeetingAttendee a GROUP BY a.state, a.how, a.statusAtInvite", Object[].class).getResultList());
        Map<String, Long> by = new java.util.HashMap<>();
        states.forEach(r -> by.put(r[0] + "/" + r[1] + "/" + r[2], (Long) r[3]));
        assertEquals(3L, by.get("EXCUSED/REPORTED/OFFICIAL"), by.toString());
        assertEquals(3L, by.get("ABSENT/MARKED/OFFICIAL"), by.toString());
        assertEquals(3L, by.get("PRESENT/ASSISTED/OFFICIAL"), by.toString());
        assertEquals(6L, by.get("INVITED/null/EXEMPT"), "exempt members are invited, never absent: " + by);
        store.close();
    }
}
