package vn.sotay.meetings.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** {@code /api/meetings}: announcing a meeting, the caller's meetings, opening and closing a session. */
@Component(service = MeetingsResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {
    /** A roll larger than this is not a meeting but a congress: refused. */
    static final int ROLL_MAX = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingsStore store;
    private final MeetingAccess access;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final MemberService members;
    private final AuditService audit;
    private final MeetingSignals signals;

    @Activate
    public MeetingsResource(@Reference MeetingsStore store, @Reference MeetingAccess access, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference MemberService members, @Reference AuditService audit,
            @Reference MeetingSignals signals) {
        this.signals = signals;
        this.store = store;
        this.access = access;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
        this.audit = audit;
    }

    @GET
    @OperationId("listMeetings")
    @Summary("Cuộc họp tôi được mời: hôm nay và sắp tới trước (sớm nhất trước), rồi đã qua (mới nhất trước); với org: cuộc họp tổ chức đó chủ trì hoặc tham gia, mới nhất trước (bí thư, cấp ủy)")
    public Page<Meeting> list(@Context SecurityContext sc,
            @QueryParam("org") @Description("Tổ chức (id) để xem các cuộc họp của tổ chức") Long org,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        List<Meeting> rows;
        if (org != null) {
            if (orgs.tree().node(org) == null || !auth.holds(c, org, Role.SECRETARY, Role.COMMITTEE)) {
                throw ProblemException.forbidden("Bạn không phụ trách tổ chức này.");
            }
            rows = store.ofOrg(org, offset, max + 1);
        } else if (c.memberId() == null) {
            return new Page<>(List.of(), null);
        } else {
            Instant dayStart = java.time.LocalDate.now(MeetingsStore.ZONE).atStartOfDay(MeetingsStore.ZONE).toInstant();
            rows = store.ofMember(c.memberId(), dayStart, offset, max + 1);
        }
        return Page.ofOffset(rows.stream().map(m -> access.shown(m, access.runs(c, m))).toList(), offset, max);
    }

    @POST
    @OperationId("announceMeeting")
    @Summary("Thông báo cuộc họp: thời gian, địa điểm hoặc phòng trực tuyến, chủ đề, chương trình (bí thư, cấp ủy)")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Returns(value = Meeting.class, status = 201)
    public Response announce(@Context SecurityContext sc, @Context UriInfo uri, AnnounceRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OrgTree tree = orgs.tree();
        AnnounceRequest r = AnnounceValidation.check(request, tree, now);
        auth.require(c, r.orgId(), Role.SECRETARY, Role.COMMITTEE);
        List<Long> taking = new ArrayList<>(new LinkedHashSet<>(r.orgIds()));
        taking.remove(r.orgId());
        taking.add(0, r.orgId());
        List<Member> roll = roll(tree, r.orgId(), taking, r.invitees());
        Set<Long> onRoll = roll.stream().map(Member::id).collect(java.util.stream.Collectors.toSet());
        for (Long named : new Long[] {r.chairMemberId(), r.clerkMemberId()}) {
            if (named != null && !onRoll.contains(named)) {
                throw ProblemException.invalid(named.equals(r.chairMemberId()) ? "chairMemberId" : "clerkMemberId",
                        "Người chủ trì và thư ký phải có tên trong danh sách dự họp.");
            }
        }
        Meeting m = store.announce(new MeetingsStore.NewMeeting(r.orgId(), taking, r.kind(), r.title(), r.topic(),
                r.startsAt(), r.endsAt(), r.place(), r.onlineRoom(), r.chairMemberId(), r.clerkMemberId(),
                r.agenda().stream().map(a -> new String[] {a.title(), a.description()}).toList(), r.materials(), roll, c.accountId(),
                c.name(), now));
        audit.record(c, "meeting.announce", "meeting", String.valueOf(m.id()), m.title());
        signals.tell(c, m, "Thông báo họp: " + m.title(), "Thời gian: " + Texts.when(m.startsAt())
                + (m.place() != null ? ". Địa điểm: " + m.place() : ". Họp trực tuyến") + ".");
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(access.shown(m, true)).build();
    }

    /** The named invitees (each inside the holding organisation), or every invited member of the taking-part cells. */
    private List<Member> roll(OrgTree tree, long orgId, List<Long> taking, List<Long> invitees) {
        List<Member> roll;
        if (!invitees.isEmpty()) {
            Map<Long, Member> found = members.getAll(invitees);
            roll = invitees.stream().map(found::get).toList();
            if (roll.stream().anyMatch(m -> m == null || !tree.isWithin(m.cellId(), orgId)
                    || !vn.sotay.api.member.Eligibility.invited(m.status()))) {
                throw ProblemException.invalid("invitees", "Đảng viên được mời phải đang sinh hoạt trong tổ chức chủ trì.");
            }
        } else {
            Collection<Long> cells = new LinkedHashSet<>();
            for (long o : taking) {
                tree.subtree(o).stream().filter(n -> n.type() == OrgType.CELL).map(OrgNode::id).forEach(cells::add);
            }
            if (cells.size() > ROLL_MAX) {
                throw ProblemException.invalid("orgIds", "Cuộc họp quá lớn: tối đa 2.000 đảng viên dự họp.");
            }
            roll = members.invitedIn(cells);
        }
        if (roll.isEmpty() || roll.size() > ROLL_MAX) {
            throw ProblemException.invalid("orgIds", roll.isEmpty() ? "Tổ chức chủ trì chưa có đảng viên để mời họp."
                    : "Cuộc họp quá lớn: tối đa 2.000 đảng viên dự họp.");
        }
        return roll;
    }

    @GET
    @Path("{id}")
    @SharedAnswer(value = Sharing.CALLER, dependsOn = "meetings:meetings:{id}", seconds = 15)
    @OperationId("getMeeting")
    @Summary("Một cuộc họp: thời gian, địa điểm, chương trình (đảng viên được mời, cấp ủy theo dõi)")
    public Meeting get(@Context SecurityContext sc, @PathParam("id") long id) {
        return access.read(Callers.of(sc), id);
    }

    @POST
    @Path("{id}/open")
    @OperationId("openMeeting")
    @Summary("Bắt đầu cuộc họp: tạo mã điểm danh (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Meeting open(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        if (m.status() != Meeting.Status.ANNOUNCED) {
            throw ProblemException.conflict("Cuộc họp không ở trạng thái chờ họp.");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Meeting opened = store.setStatus(id, Meeting.Status.OPEN, code, c.accountId(), c.name(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        audit.record(c, "meeting.open", "meeting", String.valueOf(id), null);
        return access.shown(opened, true);
    }

    @POST
    @Path("{id}/close")
    @OperationId("closeMeeting")
    @Summary("Kết thúc cuộc họp: ai chưa điểm danh (trừ miễn sinh hoạt) thành vắng (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Meeting close(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        if (m.status() != Meeting.Status.OPEN) {
            throw ProblemException.conflict("Cuộc họp chưa bắt đầu hoặc đã kết thúc.");
        }
        Meeting closed = store.setStatus(id, Meeting.Status.CLOSED, null, c.accountId(), c.name(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        audit.record(c, "meeting.close", "meeting", String.valueOf(id), null);
        signals.closed(id);
        return access.shown(closed, true);
    }
}
