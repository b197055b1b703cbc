package vn.sotay.meetings.internal.vote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.vote.SecretBallots;
import vn.sotay.api.vote.VoteRules;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code /api/meetings/{id}/votes}: votes on agenda items (biểu quyết), ballots and results.
 * Who may do what is {@link MeetingAccess}'s: readers see, those who run the meeting open and close
 * votes, members on the roll who are present and entitled to vote on the matter cast ballots.
 */
@Component(service = VotesResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotesResource {
    static final String NO_VOTE = "Không tìm thấy cuộc biểu quyết.";

    private final VoteStore store;
    private final MeetingAccess access;
    private final VoteRules rules;
    private final VoteViews views;
    private final VoteLive live;
    private final AuditService audit;

    @Activate
    public VotesResource(@Reference VoteStore store, @Reference MeetingAccess access, @Reference VoteRules rules,
            @Reference VoteViews views, @Reference VoteLive live, @Reference AuditService audit) {
        this.store = store;
        this.access = access;
        this.rules = rules;
        this.views = views;
        this.live = live;
        this.audit = audit;
    }

    @GET
    @Path("{id}/votes")
    @OperationId("listMeetingVotes")
    @Summary("Các cuộc biểu quyết của cuộc họp, kết quả khi đã kết thúc (đảng viên được mời, cấp ủy theo dõi)")
    public List<Vote> list(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        if (m.status() == Meeting.Status.OPEN) {
            live.topic(id);
        }
        return views.all(c, m, store.ofMeeting(id));
    }

    @POST
    @Path("{id}/votes")
    @OperationId("createMeetingVote")
    @Summary("Mở biểu quyết về một mục của chương trình: công khai hoặc bỏ phiếu kín, tán thành hoặc bầu cử (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    @Returns(value = Vote.class, status = 201)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id,
            VoteRequests.NewMeetingVote body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        VoteRequests.Checked r = VoteRequests.check(body);
        if (m.agenda().stream().noneMatch(a -> a.id() == r.agendaItemId())) {
            throw ProblemException.invalid("agendaItemId", "Mục này không có trong chương trình cuộc họp.");
        }
        if (m.status() != Meeting.Status.OPEN) {
            throw ProblemException.conflict("Chỉ mở biểu quyết khi cuộc họp đang diễn ra.");
        }
        VoteStore.Row v = store.create(id, r.agendaItemId(), r.question(), r.matter(), r.secret(), r.candidates(), r.seats(),
                rules.rule(r.matter()), c.accountId(), now());
        audit.record(c, "meeting.vote.create", "meeting-vote", id + "/" + v.id(),
                v.matter() + (v.secret() ? " secret " : " open ") + v.rule().format() + ": " + v.question());
        views.publish(m, v);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
                .entity(views.one(c, m, v)).build();
    }

    @GET
    @Path("{id}/votes/{voteId}")
    @OperationId("getMeetingVote")
    @Summary("Một cuộc biểu quyết: nguyên tắc, số đã bỏ phiếu, kết quả và (công khai) ai chọn gì khi đã kết thúc")
    public Vote get(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("voteId") long voteId) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        if (m.status() == Meeting.Status.OPEN) {
            live.topic(id);
        }
        return views.one(c, m, row(id, voteId));
    }

    @POST
    @Urgency(Urgency.Level.VITAL)
    @Path("{id}/votes/{voteId}/ballot")
    @OperationId("castMeetingBallot")
    @Summary("Bỏ phiếu hoặc đổi phiếu cho đến khi kết thúc biểu quyết (đảng viên có mặt, có quyền biểu quyết về việc này)")
    public VoteRequests.MeetingBallotAck cast(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("voteId") long voteId,
            VoteRequests.MeetingBallot body) {
        Caller c = Callers.of(sc);
        Meeting m = access.takePart(c, id);
        VoteStore.Row v = row(id, voteId);
        String choice = VoteRequests.choice(body, v);
        if (v.status() == Vote.Status.CLOSED) {
            throw ProblemException.conflict(VoteStore.CLOSED);
        }
        if (m.status() != Meeting.Status.OPEN) {
            throw ProblemException.conflict("Cuộc họp không diễn ra: không bỏ phiếu được.");
        }
        String[] voter = store.voter(id, c.memberId());
        refuse(voter, v.matter());
        String hash = null;
        if (body.receipt() != null && !body.receipt().isBlank()) {
            hash = SecretBallots.hash(body.receipt().strip());
            if (hash == null || !v.secret()) {
                throw ProblemException.invalid("receipt", "Biên nhận không đúng.");
            }
        }
        VoteStore.Cast done = store.cast(voteId, c.memberId(), choice, hash, SecretBallots.receipt(), now());
        views.publish(m, v.withBallots(done.ballots()));
        return new VoteRequests.MeetingBallotAck(voteId, done.changed(), done.receipt());
    }

    @POST
    @Urgency(Urgency.Level.VITAL)
    @Path("{id}/votes/{voteId}/close")
    @OperationId("closeMeetingVote")
    @Summary("Kết thúc biểu quyết: kết quả cuối cùng, được lưu và ghi nhật ký (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Vote close(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("voteId") long voteId) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        row(id, voteId);
        VoteStore.Row v = store.close(id, voteId, now());
        audit.record(c, "meeting.vote.close", "meeting-vote", id + "/" + voteId, "yes " + v.yes() + " no " + v.no()
                + " abstain " + v.abstain() + " cast " + v.cast() + " eligible " + v.eligible() + " passed " + v.passed());
        views.publish(m, v);
        return views.one(c, m, v);
    }

    private VoteStore.Row row(long id, long voteId) {
        return store.find(id, voteId).orElseThrow(() -> ProblemException.notFound(NO_VOTE));
    }

    /** 403 with the charter's reason when the member may not vote on {@code matter} now. */
    static void refuse(String[] voter, Matter matter) {
        if (voter == null) {
            throw ProblemException.forbidden("Bạn không có tên trong danh sách dự họp.");
        }
        MemberStatus s = MemberStatus.valueOf(voter[0]);
        if (!Eligibility.votes(s, matter)) {
            throw ProblemException.forbidden(s == MemberStatus.PROBATIONARY ? "Đảng viên dự bị không biểu quyết về " + switch (matter) {
                case ADMISSION -> "việc kết nạp đảng viên.";
                case ELECTION -> "bầu cử.";
                case DISCIPLINE -> "kỷ luật đảng viên.";
                default -> "việc này.";
            } : "Đảng viên miễn công tác và sinh hoạt đảng không biểu quyết.");
        }
        if (!"PRESENT".equals(voter[1])) {
            throw ProblemException.forbidden("Bạn cần điểm danh có mặt trước khi biểu quyết.");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
