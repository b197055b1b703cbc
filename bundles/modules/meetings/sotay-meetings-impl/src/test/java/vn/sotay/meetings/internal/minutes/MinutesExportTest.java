package vn.sotay.meetings.internal.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.meetings.internal.Attendee;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.entity.AgendaItemEntity;
import vn.sotay.meetings.internal.entity.AttendeeEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;
import vn.sotay.meetings.internal.entity.MeetingOrgEntity;
import vn.sotay.meetings.internal.minutes.entity.MinutesEntity;
import vn.sotay.meetings.internal.minutes.entity.MinutesSectionEntity;
import vn.sotay.meetings.internal.minutes.entity.RatingEntity;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Trees;

/** The draft's shape, the store's approvals and lock on Derby, and the PDF/DOCX read back with Vietnamese intact. */
class MinutesExportTest {
    static final Instant AT = Instant.parse("2026-11-04T01:00:00Z");
    static final Meeting MEETING = new Meeting(7, Trees.CB01, "Chi bộ Khu phố 1", List.of(Trees.CB01), Meeting.Kind.REGULAR,
            Meeting.Status.CLOSED, "Sinh hoạt thường kỳ tháng 11", "Đánh giá kết quả tháng; nhiệm vụ tháng 12", AT,
            AT.plusSeconds(7200), "Nhà văn hóa khu phố 1", null, null, 11L, 12L,
            List.of(new Meeting.AgendaItem(70, 0, "Kết nạp đảng viên", "Xét kết nạp quần chúng Nguyễn Văn Ể")), AT, AT, AT.plusSeconds(5400), true, false);
    static final List<Attendee> ROLL = List.of(
            new Attendee(11, "Trần Thị Bích", Trees.CB01, MemberStatus.OFFICIAL, Attendee.State.PRESENT, Attendee.How.SELF, null, null, AT),
            new Attendee(12, "Lê Văn Đức", Trees.CB01, MemberStatus.OFFICIAL, Attendee.State.PRESENT, Attendee.How.SELF, null, null, AT),
            new Attendee(13, "Phạm Ngọc Ánh", Trees.CB01, MemberStatus.PROBATIONARY, Attendee.State.EXCUSED, Attendee.How.REPORTED, "Ốm", AT, null),
            new Attendee(14, "Hoàng Văn Sĩ", Trees.CB01, MemberStatus.EXEMPT, Attendee.State.INVITED, null, null, null, null));

    static UnitSpec spec() {
        return new UnitSpec("meetings", MinutesExportTest.class.getClassLoader(), List.of(MeetingEntity.class,
                MeetingOrgEntity.class, AgendaItemEntity.class, AttendeeEntity.class, MinutesEntity.class,
                MinutesSectionEntity.class, RatingEntity.class), List.of("db/meetings/V1__init.sql", "db/meetings/V3__minutes.sql"));
    }

    @Test
    void draftHasTheUsualShapeAndExportsKeepVietnamese() throws Exception {
        List<Minutes.Section> sections = MinutesDraft.sections(MEETING, ROLL, "Trần Thị Bích", "Lê Văn Đức",
                List.of(new MinutesSources.Opinion(70L, "Lê Văn Đức", "Đồng ý kết nạp")),
                List.of(new MinutesSources.VoteResult(70L, "Kết nạp Nguyễn Văn Ể", 2, 0, 0, 2, ">=2/3 eligible", true)));
        String all = sections.toString();
        assertTrue(all.contains("Có mặt: 2/3"), all);
        assertTrue(all.contains("Phạm Ngọc Ánh: Ốm"), all);
        assertTrue(all.contains("Đồng ý kết nạp") && all.contains("THÔNG QUA"), all);
        MinutesStore.Heading h = MinutesDraft.heading(MEETING, Trees.TREE);
        assertEquals("Đảng ủy phường Bình Thạnh", h.superiorName());
        Minutes m = new Minutes(7, h.superiorName(), h.orgName(), h.placeAndDate(), h.title(), sections, "Trần Thị Bích",
                "Lê Văn Đức", null, null, null, AT, null);
        byte[] pdf = MinutesPdf.render(m);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
            assertTrue(text.contains("BIÊN BẢN SINH HOẠT CHI BỘ"), text);
            assertTrue(text.contains("Có mặt: 2/3"), text);
            assertTrue(text.contains("Nguyễn Văn Ể"), text);
        }
        byte[] docx = MinutesDocx.render(m);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && text.contains("Có mặt: 2/3"), text);
        }
        // hostile text: controls and a glyph the font lacks never break the export
        Minutes odd = new Minutes(7, null, "Chi bộ \u0007 😀", "x", "BIÊN BẢN", List.of(new Minutes.Section("\u0000", "a\u0001b 😀 " + "ư".repeat(3000))),
                null, null, null, null, null, AT, null);
        assertTrue(MinutesPdf.render(odd).length > 0);
        assertTrue(MinutesDocx.render(odd).length > 0);
    }

    @Test
    void approvalsByTwoAccountsLockTheMinutes() {
        MinutesStore store = new MinutesStore(new DerbyUnit("minutes", spec()));
        MinutesStore.Heading h = MinutesDraft.heading(MEETING, Trees.TREE);
        store.draft(7, List.of(new Minutes.Section("I.", "Nội dung")), null, null, 1, AT);
        assertTrue(!store.approve(7, MinutesStore.Role.CHAIR, 5, "Trần Thị Bích", AT));
        assertThrows(ProblemException.class, () -> store.approve(7, MinutesStore.Role.CLERK, 5, "Trần Thị Bích", AT));
        store.edit(7, List.of(new Minutes.Section("I.", "Sửa")), 1, AT);
        assertNull(store.find(7, h).orElseThrow().chairApproval(), "an edit clears the approvals");
        store.approve(7, MinutesStore.Role.CHAIR, 5, "Trần Thị Bích", AT);
        assertTrue(store.approve(7, MinutesStore.Role.CLERK, 6, "Lê Văn Đức", AT));
        Minutes m = store.find(7, h).orElseThrow();
        assertEquals("Trần Thị Bích", m.chairName());
        assertEquals(AT, m.lockedAt());
        ProblemException e = assertThrows(ProblemException.class, () -> store.edit(7, List.of(), 1, AT));
        assertEquals(409, e.status());
    }
}
