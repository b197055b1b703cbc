package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.meetings.internal.Attendee;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingsStore;

/**
 * Drafts a meeting's minutes in the usual shape of a cell meeting's minutes (heading, I. time and
 * place, II. attendance, III. content by agenda item with opinions and vote results, IV.
 * conclusion, closing) from what the system knows; pure.
 */
final class MinutesDraft {
    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private MinutesDraft() {
    }

    static MinutesStore.Heading heading(Meeting m, OrgTree tree) {
        OrgNode org = tree.node(m.orgId());
        OrgNode parent = org == null || org.parentId() == null ? null : tree.node(org.parentId());
        ZonedDateTime at = m.startsAt().atZone(MeetingsStore.ZONE);
        String place = m.place() == null ? "Trực tuyến" : m.place();
        String date = place + ", ngày " + String.format("%02d", at.getDayOfMonth()) + " tháng "
                + String.format("%02d", at.getMonthValue()) + " năm " + at.getYear();
        boolean cell = org != null && org.type() == OrgType.CELL;
        String title = (cell ? "BIÊN BẢN SINH HOẠT CHI BỘ" : "BIÊN BẢN HỌP")
                + (m.kind() == Meeting.Kind.THEMATIC ? " CHUYÊN ĐỀ" : "")
                + "\nTháng " + String.format("%02d", at.getMonthValue()) + "/" + at.getYear();
        return new MinutesStore.Heading(parent == null ? null : parent.name(), org == null ? "" : org.name(), date, title);
    }

    static List<Minutes.Section> sections(Meeting m, List<Attendee> roll, String chair, String clerk,
            List<MinutesSources.Opinion> opinions, List<MinutesSources.VoteResult> votes) {
        List<Minutes.Section> out = new ArrayList<>();
        String where = m.place() != null ? "tại " + m.place() : "trực tuyến";
        if (m.place() != null && m.onlineRoom() != null) {
            where += " và trực tuyến";
        }
        Instant opened = m.openedAt() != null ? m.openedAt() : m.startsAt();
        out.add(new Minutes.Section("I. THỜI GIAN, ĐỊA ĐIỂM",
                "Bắt đầu lúc " + time(opened) + ", " + where + ".\nNội dung: " + m.title()
                        + (m.topic() == null ? "" : " — " + m.topic()) + "."));
        out.add(new Minutes.Section("II. THÀNH PHẦN", attendance(roll, chair, clerk)));
        out.add(new Minutes.Section("III. NỘI DUNG", m.topic() == null ? "Chủ trì quán triệt mục đích, yêu cầu và chương trình cuộc họp."
                : "Chủ trì quán triệt mục đích, yêu cầu và chương trình cuộc họp: " + m.topic()));
        int i = 1;
        for (Meeting.AgendaItem a : m.agenda()) {
            StringBuilder b = new StringBuilder(a.description() == null ? "" : a.description());
            List<MinutesSources.Opinion> said = opinions.stream().filter(o -> Long.valueOf(a.id()).equals(o.agendaItemId())).toList();
            if (!said.isEmpty()) {
                b.append(b.isEmpty() ? "" : "\n").append("Ý kiến của đảng viên:");
                said.forEach(o -> b.append("\n- ").append(o.memberName()).append(": ").append(o.text()));
            }
            votes.stream().filter(v -> Long.valueOf(a.id()).equals(v.agendaItemId()))
                    .forEach(v -> b.append(b.isEmpty() ? "" : "\n").append(vote(v)));
            out.add(new Minutes.Section(i++ + ". " + a.title(), b.toString()));
        }
        List<MinutesSources.Opinion> general = opinions.stream().filter(o -> o.agendaItemId() == null).toList();
        List<MinutesSources.VoteResult> loose = votes.stream().filter(v -> v.agendaItemId() == null
                || m.agenda().stream().noneMatch(a -> a.id() == v.agendaItemId())).toList();
        if (!general.isEmpty() || !loose.isEmpty()) {
            out.add(new Minutes.Section("Ý kiến và biểu quyết khác", general.stream().map(o -> "- " + o.memberName() + ": " + o.text())
                    .collect(Collectors.joining("\n")) + loose.stream().map(v -> "\n" + vote(v)).collect(Collectors.joining())));
        }
        out.add(new Minutes.Section("IV. KẾT LUẬN", "Đồng chí chủ trì kết luận: "));
        Instant closed = m.closedAt() != null ? m.closedAt() : m.endsAt();
        out.add(new Minutes.Section("", "Cuộc họp kết thúc lúc " + time(closed)
                + ". Biên bản đã được thông qua trước chi bộ và nhất trí."));
        return out;
    }

    private static String attendance(List<Attendee> roll, String chair, String clerk) {
        long counted = roll.stream().filter(a -> Eligibility.countsInRates(a.status())).count();
        long official = roll.stream().filter(a -> a.status() == MemberStatus.OFFICIAL).count();
        long probationary = roll.stream().filter(a -> a.status() == MemberStatus.PROBATIONARY).count();
        long exempt = roll.size() - counted;
        List<Attendee> present = roll.stream().filter(a -> a.state() == Attendee.State.PRESENT).toList();
        long presentCounted = present.stream().filter(a -> Eligibility.countsInRates(a.status())).count();
        List<Attendee> excused = absent(roll, Attendee.State.EXCUSED);
        List<Attendee> absent = roll.stream().filter(a -> Eligibility.countsInRates(a.status())
                && (a.state() == Attendee.State.ABSENT || a.state() == Attendee.State.INVITED)).toList();
        StringBuilder b = new StringBuilder();
        b.append("Tổng số đảng viên được triệu tập: ").append(roll.size()).append(" (chính thức ").append(official)
                .append(", dự bị ").append(probationary).append(", miễn sinh hoạt ").append(exempt).append(").\n");
        b.append("Có mặt: ").append(presentCounted).append("/").append(counted).append(" đồng chí phải dự họp");
        if (present.size() > presentCounted) {
            b.append(" (và ").append(present.size() - presentCounted).append(" đồng chí miễn sinh hoạt)");
        }
        b.append(".\nVắng có lý do: ").append(excused.size());
        if (!excused.isEmpty()) {
            b.append(" (").append(excused.stream().map(a -> name(a) + (a.reason() == null ? "" : ": " + a.reason()))
                    .collect(Collectors.joining("; "))).append(")");
        }
        b.append(".\nVắng không lý do: ").append(absent.size());
        if (!absent.isEmpty()) {
            b.append(" (").append(absent.stream().map(MinutesDraft::name).collect(Collectors.joining("; "))).append(")");
        }
        b.append(".\nChủ trì: đồng chí ").append(chair == null ? "…" : chair)
                .append(". Thư ký: đồng chí ").append(clerk == null ? "…" : clerk).append(".");
        return b.toString();
    }

    private static List<Attendee> absent(List<Attendee> roll, Attendee.State s) {
        return roll.stream().filter(a -> a.state() == s).toList();
    }

    private static String name(Attendee a) {
        return a.fullName() == null ? "đảng viên #" + a.memberId() : a.fullName();
    }

    private static String vote(MinutesSources.VoteResult v) {
        return "Biểu quyết: " + v.question() + " — tán thành " + v.yes() + ", không tán thành " + v.no()
                + ", không biểu quyết " + v.abstain() + " (trên " + v.eligible() + " đảng viên có quyền biểu quyết, "
                + v.rule() + "): " + (v.passed() ? "THÔNG QUA." : "KHÔNG THÔNG QUA.");
    }

    static String time(Instant at) {
        return at == null ? "…" : TIME.format(at.atZone(MeetingsStore.ZONE));
    }
}
