package vn.sotay.meetings.internal.minutes;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code /api/meetings/{id}/rating}: after the meeting closed, who runs it rates it against the
 * criteria; the COMMITTEE over the holding organisation's parent confirms or changes the rating with
 * a comment, after which the cell cannot change it.
 */
@Component(service = RatingResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {
    static final int COMMENT_MAX = 2000;

    private final MeetingAccess access;
    private final RatingStore store;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final AuditService audit;

    @Activate
    public RatingResource(@Reference MeetingAccess access, @Reference RatingStore store, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference AuditService audit) {
        this.access = access;
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
    }

    /** Body of the cell's rating. */
    public record RateRequest(Grade grade,
            @Description("Xếp loại theo tiêu chí (khóa ở GET /api/meetings/rating-criteria)") Map<String, Grade> criteria,
            @Description("Nhận xét, tối đa 2.000 ký tự") String comment) {
    }

    /** Body of the committee's confirmation: the grade (the cell's or another) and a comment. */
    public record ConfirmRequest(Grade grade, @Description("Nhận xét của cấp ủy, tối đa 2.000 ký tự") String comment) {
    }

    @GET
    @Path("rating-criteria")
    @OperationId("listMeetingRatingCriteria")
    @Summary("Các tiêu chí xếp loại chất lượng sinh hoạt chi bộ")
    public List<RatingCriteria.Criterion> criteria() {
        return RatingCriteria.ALL;
    }

    @GET
    @Path("{id}/rating")
    @OperationId("getMeetingRating")
    @Summary("Xếp loại cuộc họp: chi bộ tự xếp loại và xác nhận của cấp trên")
    public Rating get(@Context SecurityContext sc, @PathParam("id") long id) {
        access.read(Callers.of(sc), id);
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Cuộc họp chưa được xếp loại."));
    }

    @PUT
    @Path("{id}/rating")
    @OperationId("rateMeeting")
    @Summary("Chi bộ tự xếp loại cuộc họp đã kết thúc (bí thư, cấp ủy của tổ chức chủ trì)")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    public Rating rate(@Context SecurityContext sc, @PathParam("id") long id, RateRequest body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        if (body == null || body.grade() == null) {
            throw ProblemException.invalid("grade", "Chọn xếp loại: GOOD, FAIR, AVERAGE hoặc POOR.");
        }
        Map<String, Grade> criteria = new LinkedHashMap<>();
        if (body.criteria() != null) {
            for (Map.Entry<String, Grade> e : body.criteria().entrySet()) {
                if (!RatingCriteria.known(e.getKey()) || e.getValue() == null) {
                    throw ProblemException.invalid("criteria", "Tiêu chí không có trong danh sách hoặc chưa xếp loại.");
                }
            }
            RatingCriteria.ALL.stream().filter(k -> body.criteria().containsKey(k.key()))
                    .forEach(k -> criteria.put(k.key(), body.criteria().get(k.key())));
        }
        String comment = comment(body.comment());
        if (m.status() != Meeting.Status.CLOSED) {
            throw ProblemException.conflict("Chỉ xếp loại sau khi cuộc họp kết thúc.");
        }
        Rating r = store.rate(id, m.orgId(), MeetingsStore.monthKey(m.startsAt()), body.grade(), criteria, comment,
                c.accountId(), now());
        audit.record(c, "meeting.rating.rate", "meeting", String.valueOf(id), body.grade().name());
        return r;
    }

    @POST
    @Path("{id}/rating/confirm")
    @OperationId("confirmMeetingRating")
    @Summary("Cấp ủy cấp trên xác nhận hoặc điều chỉnh xếp loại, kèm nhận xét")
    @Roles(Role.COMMITTEE)
    public Rating confirm(@Context SecurityContext sc, @PathParam("id") long id, ConfirmRequest body) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        OrgNode org = orgs.tree().node(m.orgId());
        if (org == null || org.parentId() == null || !auth.holds(c, org.parentId(), Role.COMMITTEE)) {
            throw ProblemException.forbidden("Chỉ cấp ủy cấp trên của tổ chức chủ trì mới xác nhận xếp loại.");
        }
        if (body == null || body.grade() == null) {
            throw ProblemException.invalid("grade", "Chọn xếp loại: GOOD, FAIR, AVERAGE hoặc POOR.");
        }
        Rating r = store.confirm(id, body.grade(), comment(body.comment()), c.accountId(), now());
        audit.record(c, "meeting.rating.confirm", "meeting", String.valueOf(id),
                body.grade().name() + (r.selfGrade() == body.grade() ? "" : " (điều chỉnh từ " + r.selfGrade().name() + ")"));
        return r;
    }

    private static String comment(String s) {
        String v = s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        if (v.length() > COMMENT_MAX) {
            throw ProblemException.invalid("comment", "Nhận xét tối đa 2.000 ký tự.");
        }
        return v.isEmpty() ? null : v;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
