package vn.sotay.meetings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.TREE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Gender;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The cycle's stores on EclipseLink and Derby (V1__init.sql), and the announcement rules. */
class MeetingCycleTest {
    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
    private static MeetingsStore store;
    private static CycleStore cycle;
    private static AttendanceStore attendance;
    private static PreparationStore prep;

    @BeforeAll
    static void open() {
        Fakes.Changes changes = new Fakes.Changes();
        store = new MeetingsStore(new DerbyUnit("meetings", MeetingsStore.spec()), changes);
        cycle = new CycleStore(store.unit(), changes);
        attendance = new AttendanceStore(store, new Fakes.Members(Map.of()));
        prep = new PreparationStore(store.unit());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Member member(long id, MemberStatus s) {
        return new Member(id, "Đảng viên " + id, LocalDate.of(1970, 1, 1), Gender.MALE, "C" + id,
                "09" + id, null, CB01, s, LocalDate.of(2000, 1, 1), null);
    }

    private static Meeting announce(Instant start, List<String> materials) {
        return store.announce(new MeetingsStore.NewMeeting(CB01, List.of(CB01), Meeting.Kind.REGULAR, "Sinh hoạt tháng 1", null,
                start, start.plusSeconds(7200), "Hội trường", null, null, null,
                List.of(new String[] {"Kiểm điểm", null}, new String[] {"Nhiệm vụ", "Tháng tới"}), materials,
                List.of(member(1, MemberStatus.OFFICIAL), member(2, MemberStatus.OFFICIAL), member(3, MemberStatus.PROBATIONARY),
                        member(4, MemberStatus.EXEMPT)), 7, "Bí thư", NOW));
    }

    @Test
    void onTimeIsTheTwentiethOfThePreviousMonthInVietnam() {
        Instant jan4 = Instant.parse("2027-01-04T01:00:00Z");
        assertTrue(MeetingsStore.onTime(Meeting.Kind.REGULAR, Instant.parse("2026-12-20T16:59:00Z"), jan4));
        assertFalse(MeetingsStore.onTime(Meeting.Kind.REGULAR, Instant.parse("2026-12-20T17:00:00Z"), jan4));
        assertTrue(MeetingsStore.onTime(Meeting.Kind.THEMATIC, Instant.parse("2027-01-03T17:00:00Z"), jan4));
        assertTrue(announce(jan4, List.of()).announcedOnTime());
        assertFalse(announce(Instant.parse("2026-12-10T01:00:00Z"), List.of()).announcedOnTime());
    }

    @Test
    void closingMakesTheRestAbsentButNeverTheExempt() {
        Meeting m = announce(NOW.plusSeconds(3600), List.of());
        store.setStatus(m.id(), Meeting.Status.OPEN, "123456", 7, "Bí thư", NOW);
        attendance.set(m.id(), 1, Attendee.State.PRESENT, Attendee.How.ASSISTED, null, 7L, NOW);
        attendance.set(m.id(), 2, Attendee.State.EXCUSED, Attendee.How.REPORTED, "Ốm", 2L, NOW);
        AttendanceSummary s = attendance.summary(m.id());
        assertEquals(List.of(4, 1, 3, 1, 1, 0, 1), List.of(s.invited(), s.exempt(), s.counted(), s.present(), s.excused(),
                s.absent(), s.notYet()));
        assertEquals(33.3, s.presentRate());
        store.setStatus(m.id(), Meeting.Status.CLOSED, null, 7, "Bí thư", NOW.plusSeconds(60));
        s = attendance.summary(m.id());
        assertEquals(List.of(1, 1, 1, 0), List.of(s.present(), s.excused(), s.absent(), s.notYet()));
        assertEquals(List.of(MeetingHistory.What.ANNOUNCED, MeetingHistory.What.OPENED, MeetingHistory.What.CLOSED),
                cycle.history(m.id()).stream().map(MeetingHistory::what).toList());
    }

    @Test
    void postponeAndCancelKeepTheHistoryAndOnlyWhileAnnounced() {
        Meeting m = announce(NOW.plusSeconds(86_400), List.of());
        Instant later = NOW.plusSeconds(3 * 86_400);
        assertTrue(cycle.postpone(m.id(), later, later.plusSeconds(3600), "Trùng lịch họp của xã", new CycleStore.By(7, "Bí thư", NOW)));
        assertEquals(later, store.find(m.id()).orElseThrow().startsAt());
        assertTrue(cycle.cancel(m.id(), "Bão", new CycleStore.By(7, "Bí thư", NOW)));
        assertFalse(cycle.postpone(m.id(), later, later.plusSeconds(60), "x", new CycleStore.By(7, "Bí thư", NOW)));
        List<MeetingHistory> h = cycle.history(m.id());
        assertEquals(3, h.size());
        assertEquals(m.startsAt(), h.get(1).oldStartsAt());
        assertEquals(later, h.get(1).newStartsAt());
        assertEquals("Trùng lịch họp của xã", h.get(1).reason());
        assertEquals(Meeting.Status.CANCELLED, store.find(m.id()).orElseThrow().status());
    }

    @Test
    void materialsReadingAndOpinions() {
        Meeting m = announce(NOW.plusSeconds(86_400), List.of("document:12", "article:3"));
        List<PreparationStore.Row> rows = prep.materials(m.id());
        assertEquals(List.of("document:12", "article:3"), rows.stream().map(PreparationStore.Row::ref).toList());
        assertTrue(prep.read(m.id(), rows.get(0).id(), 1, NOW));
        assertTrue(prep.read(m.id(), rows.get(0).id(), 1, NOW));
        assertTrue(prep.read(m.id(), rows.get(0).id(), 2, NOW));
        assertFalse(prep.read(m.id() + 1000, rows.get(0).id(), 2, NOW));
        assertEquals(Map.of(rows.get(0).id(), 2), prep.readers(m.id()));
        long item = m.agenda().get(1).id();
        prep.addOpinion(m.id(), item, 1, "Đề nghị bổ sung chỉ tiêu.", NOW);
        prep.addOpinion(m.id(), item, 2, "Đồng ý.", NOW);
        assertEquals(2, prep.opinions(m.id(), null).size());
        assertEquals(1, prep.opinions(m.id(), 2L).size());
        List<AnnounceRequest.AgendaInput> agenda = new ArrayList<>(List.of(new AnnounceRequest.AgendaInput("Kiểm điểm", null)));
        assertTrue(cycle.edit(m.id(), new AnnounceRequest(CB01, List.of(), List.of(), Meeting.Kind.REGULAR, "Mới", null,
                null, null, "Nhà văn hóa", null, null, null, agenda, List.of("document:12")), new CycleStore.By(7, "Bí thư", NOW)));
        assertEquals(1, store.find(m.id()).orElseThrow().agenda().size());
        assertEquals(0, prep.opinions(m.id(), null).size());
        assertEquals(1, prep.materials(m.id()).size());
        assertEquals(Map.of(rows.get(0).id(), 2), prep.readers(m.id()));
    }

    @Test
    void memberListPutsTodayAndComingFirst() {
        Instant day = NOW.minusSeconds(3600);
        long past = announce(NOW.minusSeconds(86_400 * 2), List.of()).id();
        long soon = announce(NOW.plusSeconds(600), List.of()).id();
        long later = announce(NOW.plusSeconds(86_400 * 40), List.of()).id();
        List<Long> ids = store.ofMember(1, day, 0, 500).stream().map(Meeting::id).toList();
        assertTrue(ids.indexOf(soon) < ids.indexOf(later) && ids.indexOf(later) < ids.indexOf(past), ids.toString());
        List<Long> paged = new ArrayList<>();
        for (int off = 0; off < ids.size(); off += 2) {
            store.ofMember(1, day, off, 2).forEach(x -> paged.add(x.id()));
        }
        assertEquals(ids, paged);
        assertTrue(store.calendar(1, NOW, NOW.plusSeconds(3600), 10).stream().anyMatch(e -> e.id == soon));
    }

    @Test
    void validationNamesBadMaterialsAndKeepsGoodOnes() {
        AnnounceRequest ok = AnnounceValidation.check(new AnnounceRequest(CB01, null, null, Meeting.Kind.REGULAR, " Họp ", null,
                NOW.plusSeconds(60), null, "Hội trường", null, null, null, null, List.of("document:1", "document:1", "lesson:2")), TREE, NOW);
        assertEquals(List.of("document:1", "lesson:2"), ok.materials());
        ProblemException e = assertThrows(ProblemException.class, () -> AnnounceValidation.check(new AnnounceRequest(CB01, null,
                null, Meeting.Kind.REGULAR, "Họp", null, NOW.plusSeconds(60), null, "Hội trường", null, null, null, null,
                List.of("Document:1", "x")), TREE, NOW));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("Tài liệu 1") || String.valueOf(e.errors()).contains("materials[0]"), e.getMessage());
    }
}
