package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.meetings.internal.AttendanceStore;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * Demo minutes and ratings for last month's closed meetings (written by the cycle's demo, order
 * 300; none: nothing to do): minutes drafted and locked (chair: the account that announced the
 * meeting, clerk: the demo administrator), every meeting rated by its cell, two in three confirmed from above (demo
 * committee TP), the first confirmed one changed with a comment.
 */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class MinutesDemo implements DemoContributor {
    private static final Grade[] SELF = {Grade.GOOD, Grade.GOOD, Grade.FAIR, Grade.GOOD, Grade.AVERAGE, Grade.FAIR};

    private final OverviewStore overview;
    private final MeetingAccess access;
    private final AttendanceStore attendance;
    private final MinutesStore minutes;
    private final RatingStore ratings;
    private final MemberService members;
    private final MinutesSources sources;

    @Activate
    public MinutesDemo(@Reference OverviewStore overview, @Reference MeetingAccess access,
            @Reference AttendanceStore attendance, @Reference MinutesStore minutes, @Reference RatingStore ratings,
            @Reference MemberService members,
            @Reference(policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY) MinutesSources sources) {
        this.sources = sources;
        this.overview = overview;
        this.access = access;
        this.attendance = attendance;
        this.minutes = minutes;
        this.ratings = ratings;
        this.members = members;
    }

    @Override
    public String name() {
        return "meetings-minutes";
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void contribute(DemoContext demo) {
        var admin = demo.account("0900000001").orElse(null);
        if (admin == null || demo.tree().roots().isEmpty()) {
            return;
        }
        long confirmer = demo.account("0900000002").map(DemoContext.DemoAccount::accountId).orElse(admin.accountId());
        Caller system = Caller.SYSTEM;
        Instant now = demo.now();
        int lastMonth = MeetingsStore.monthKey(now.atZone(MeetingsStore.ZONE).minusMonths(1).toInstant());
        int n = 0;
        for (Map.Entry<Long, Long> e : overview.closedWithoutMinutes(lastMonth).entrySet()) {
            long id = e.getKey();
            Meeting m = access.read(system, id);
            Map<Long, Member> named = members.getAll(Stream.of(m.chairMemberId(), m.clerkMemberId())
                    .filter(Objects::nonNull).toList());
            String chair = m.chairMemberId() == null ? null : named.containsKey(m.chairMemberId()) ? named.get(m.chairMemberId()).fullName() : null;
            String clerk = m.clerkMemberId() == null ? null : named.containsKey(m.clerkMemberId()) ? named.get(m.clerkMemberId()).fullName() : null;
            Instant at = m.closedAt() == null ? now : m.closedAt();
            List<Minutes.Section> sections = new java.util.ArrayList<>(MinutesDraft.sections(m, attendance.roll(id), chair,
                    clerk, sources.opinions(id), sources.voteResults(id)));
            sections.replaceAll(s -> s.title().startsWith("IV.") ? new Minutes.Section(s.title(),
                    "Đồng chí chủ trì kết luận: chi bộ thống nhất các nội dung đã thảo luận, giao chi ủy tổ chức thực hiện.") : s);
            long chairAccount = e.getValue();
            minutes.draft(id, sections, chair, clerk, chairAccount, at);
            minutes.approve(id, MinutesStore.Role.CHAIR, chairAccount, chair == null ? "Bí thư chi bộ" : chair, at);
            if (chairAccount != admin.accountId()) {
                minutes.approve(id, MinutesStore.Role.CLERK, admin.accountId(), clerk == null ? admin.name() : clerk, at);
            }
            Grade self = SELF[n % SELF.length];
            ratings.rate(id, m.orgId(), lastMonth, self, Map.of("PREPARATION", self, "ATTENDANCE", Grade.FAIR), null,
                    chairAccount, at);
            if (n % 3 != 2) {
                Grade confirmed = n == 0 ? Grade.FAIR : self;
                ratings.confirm(id, confirmed, n == 0 ? "Tỷ lệ đảng viên dự họp chưa cao; nội dung cần sát thực tế hơn."
                        : "Nhất trí với chi bộ.", confirmer, at.plusSeconds(86_400));
            }
            n++;
        }
    }
}
