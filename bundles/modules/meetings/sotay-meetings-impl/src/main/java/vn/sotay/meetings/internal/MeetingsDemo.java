package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;
import vn.sotay.meetings.internal.entity.AgendaItemEntity;
import vn.sotay.meetings.internal.entity.AttendeeEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;
import vn.sotay.meetings.internal.entity.MeetingOrgEntity;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * Demo meetings (DỮ LIỆU MẪU): last month's regular meeting for most cells (closed, attendance with
 * present, assisted, excused (reported) and absent members; exempt members invited, never absent),
 * every fifth cell without one; this month's meetings announced, cell A's (TP-PBT-CB01) one hour from
 * now. One short transaction per cell; only into an empty module.
 */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class MeetingsDemo implements DemoContributor {
    private static final String[] AGENDA = {"Kiểm điểm công tác tháng trước", "Phương hướng, nhiệm vụ tháng tới",
        "Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"};
    private final MeetingsStore store;
    private final MemberService members;

    @Activate
    public MeetingsDemo(@Reference MeetingsStore store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    @Override
    public String name() {
        return MeetingsModule.ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext demo) {
        if (store.unit().read(em -> em.createQuery("SELECT COUNT(m) FROM Meeting m", Long.class).getSingleResult()) > 0) {
            return;
        }
        List<OrgNode> cells = new ArrayList<>();
        demo.tree().all().forEach(n -> {
            if (n.type() == OrgType.CELL) {
                cells.add(n);
            }
        });
        Map<Long, List<Member>> byCell = new LinkedHashMap<>();
        for (Member m : members.invitedIn(cells.stream().map(OrgNode::id).toList())) {
            byCell.computeIfAbsent(m.cellId(), k -> new ArrayList<>()).add(m);
        }
        Instant now = demo.now();
        LocalDate today = now.atZone(MeetingsStore.ZONE).toLocalDate();
        OrgNode cellA = demo.tree().byCode("TP-PBT-CB01");
        long by = demo.account("0900000004").map(DemoContext.DemoAccount::accountId).orElse(0L);
        long t0 = System.nanoTime();
        int made = 0, i = 0;
        for (OrgNode cell : cells) {
            List<Member> roll = byCell.getOrDefault(cell.id(), List.of());
            if (roll.isEmpty()) {
                continue;
            }
            boolean met = i++ % 5 != 4;
            Instant next = cellA != null && cell.id() == cellA.id() ? now.plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                    : at(today.withDayOfMonth(Math.min(28, Math.max(5, today.getDayOfMonth() + 1 + i % 5))), 8);
            // one short transaction per cell: its two meetings, agendas and rolls
            made += store.unit().write(em -> {
                if (met) {
                    Instant start = at(today.withDayOfMonth(1).minusMonths(1).withDayOfMonth(4), 8);
                    meeting(em, cell, roll, start, Meeting.Status.CLOSED, by, start.minusSeconds(86_400L * 20), true);
                }
                meeting(em, cell, roll, next, Meeting.Status.ANNOUNCED, by, now.minusSeconds(86_400L * 12), false);
                return met ? 2 : 1;
            });
        }
        org.slf4j.LoggerFactory.getLogger(MeetingsDemo.class).info("Demo meetings: {} in {} ms", made,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), MeetingsStore.ZONE).toInstant();
    }

    private static void meeting(EntityManager em, OrgNode cell, List<Member> roll, Instant start, Meeting.Status status,
            long by, Instant announced, boolean held) {
        MeetingEntity m = new MeetingEntity();
        m.orgId = cell.id();
        m.kind = Meeting.Kind.REGULAR.name();
        m.status = status.name();
        m.title = "Sinh hoạt chi bộ thường kỳ tháng " + start.atZone(MeetingsStore.ZONE).getMonthValue();
        m.topic = "Kiểm điểm công tác tháng, triển khai nhiệm vụ tháng tới.";
        m.startsAt = utc(start);
        m.endsAt = utc(start.plusSeconds(7200));
        m.monthKey = MeetingsStore.monthKey(start);
        m.place = "Hội trường " + cell.name();
        m.createdBy = by;
        m.createdAt = utc(announced);
        m.updatedAt = m.createdAt;
        if (held) {
            m.openedAt = m.startsAt;
            m.closedAt = m.endsAt;
            m.checkinCode = "246810";
        }
        em.persist(m);
        em.flush();
        MeetingOrgEntity o = new MeetingOrgEntity();
        o.meetingId = m.id;
        o.orgId = cell.id();
        em.persist(o);
        for (int p = 0; p < AGENDA.length; p++) {
            AgendaItemEntity a = new AgendaItemEntity();
            a.meetingId = m.id;
            a.pos = p;
            a.title = AGENDA[p];
            em.persist(a);
        }
        MeetingHistory.record(em, m.id, MeetingHistory.What.ANNOUNCED, by, null, announced, null, start, null);
        int k = 0;
        for (Member member : roll) {
            AttendeeEntity a = new AttendeeEntity();
            a.meetingId = m.id;
            a.memberId = member.id();
            a.cellId = cell.id();
            a.statusAtInvite = member.status().name();
            a.state = Attendee.State.INVITED.name();
            if (held && Eligibility.countsInRates(member.status())) {
                int n = k++;
                Attendee.State st = n == 1 ? Attendee.State.EXCUSED : n == 2 && roll.size() > 4 ? Attendee.State.ABSENT
                        : Attendee.State.PRESENT;
                a.state = st.name();
                a.how = (n == 1 ? Attendee.How.REPORTED : n == 3 ? Attendee.How.ASSISTED : st == Attendee.State.PRESENT
                        ? Attendee.How.SELF : Attendee.How.MARKED).name();
                a.reason = n == 1 ? "Đi công tác theo phân công của cơ quan." : null;
                a.reportedAt = n == 1 ? utc(start.minusSeconds(86_400)) : null;
                a.checkedInAt = st == Attendee.State.PRESENT ? m.startsAt : null;
            }
            em.persist(a);
        }
        if (held) {
            MeetingHistory.record(em, m.id, MeetingHistory.What.OPENED, by, null, start, null, null, null);
            MeetingHistory.record(em, m.id, MeetingHistory.What.CLOSED, by, null, start.plusSeconds(7200), null, null, null);
        }
    }
}
