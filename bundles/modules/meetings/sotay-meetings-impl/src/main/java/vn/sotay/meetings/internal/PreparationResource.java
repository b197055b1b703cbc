package vn.sotay.meetings.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/**
 * Before the meeting: materials (content references resolved for the caller, reading recorded per
 * member, readers counted for those who run it) and opinions on agenda items. Opinions are the
 * cell's: everyone who may read the meeting sees all of them, grouped by item ({@code ?mine=true}:
 * only the caller's).
 */
@Component(service = PreparationResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreparationResource {
    static final int OPINION_MAX = 4000;

    private final PreparationStore store;
    private final MeetingAccess access;
    private final ContentService content;
    private final MemberService members;
    private final AttendanceStore attendance;
    private final AuditService audit;

    @Activate
    public PreparationResource(@Reference PreparationStore store, @Reference MeetingAccess access,
            @Reference ContentService content, @Reference MemberService members, @Reference AttendanceStore attendance,
            @Reference AuditService audit) {
        this.store = store;
        this.access = access;
        this.content = content;
        this.members = members;
        this.attendance = attendance;
        this.audit = audit;
    }

    /** A material as the caller sees it. */
    public record Material(long id, int position, @Description("Tham chiếu dạng loại:mã") String ref,
            @Description("false: nội dung không còn xem được (mô-đun đã gỡ, đã xóa hoặc bạn không có quyền)") boolean available,
            String title, String url, String typeLabel,
            @Description("Bạn đã đọc") boolean read,
            @Description("Số đảng viên đã đọc (chỉ người điều hành cuộc họp thấy)") Integer readers,
            @Description("Số đảng viên được mời (chỉ người điều hành cuộc họp thấy)") Integer invited) {
    }

    /** Body of an opinion. */
    public record NewOpinion(@Description("Mục chương trình (id)") Long agendaItemId,
            @Description("Ý kiến góp ý, tối đa 4.000 ký tự") String body) {
    }

    /** An opinion. */
    public record Opinion(long id, long agendaItemId, long memberId, String fullName, String body, Instant createdAt) {
    }

    /** The opinions on one agenda item. */
    public record OpinionGroup(long agendaItemId, int position, String title, List<Opinion> opinions) {
    }

    @GET
    @Path("{id}/materials")
    @SharedAnswer(value = Sharing.CALLER, dependsOn = "meetings:meetings:{id}", seconds = 15)
    @OperationId("listMeetingMaterials")
    @Summary("Tài liệu cuộc họp (văn bản, tin bài, bài học), đã đọc hay chưa; số người đã đọc cho người điều hành (đảng viên được mời, cấp ủy theo dõi)")
    public List<Material> materials(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        boolean runs = access.runs(c, m);
        List<PreparationStore.Row> rows = store.materials(id);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ResolvedContent> resolved = content.resolve(c, rows.stream().map(r -> ContentRef.parse(r.ref())).toList());
        Set<Long> mine = c.memberId() == null ? Set.of() : store.readBy(id, c.memberId());
        Map<Long, Integer> readers = runs ? store.readers(id) : Map.of();
        Integer invited = runs ? attendance.summary(id).invited() : null;
        List<Material> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PreparationStore.Row r = rows.get(i);
            ResolvedContent rc = resolved.get(i);
            out.add(new Material(r.id(), r.pos(), r.ref(), rc.available(), rc.title(), rc.url(), rc.typeLabel(),
                    mine.contains(r.id()), runs ? readers.getOrDefault(r.id(), 0) : null, invited));
        }
        return out;
    }

    @POST
    @Path("{id}/materials/{materialId}/read")
    @OperationId("readMeetingMaterial")
    @Summary("Ghi nhận đã đọc một tài liệu cuộc họp (đảng viên được mời)")
    @Returns(status = 204)
    public Response read(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("materialId") long materialId) {
        Caller c = Callers.of(sc);
        access.takePart(c, id);
        if (!store.read(id, materialId, c.memberId(), Instant.now().truncatedTo(ChronoUnit.MILLIS))) {
            throw ProblemException.notFound("Không tìm thấy tài liệu của cuộc họp.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/opinions")
    @OperationId("listMeetingOpinions")
    @Summary("Ý kiến góp ý theo từng mục chương trình; mine=true: chỉ của tôi (đảng viên được mời, cấp ủy theo dõi)")
    public List<OpinionGroup> opinions(@Context SecurityContext sc, @PathParam("id") long id,
            @QueryParam("mine") @Description("true: chỉ ý kiến của tôi") Boolean mine) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        List<PreparationStore.OpinionRow> rows = store.opinions(id,
                Boolean.TRUE.equals(mine) ? (c.memberId() == null ? -1L : c.memberId()) : null);
        Map<Long, Member> named = members.getAll(rows.stream().map(PreparationStore.OpinionRow::memberId).distinct().toList());
        Map<Long, List<Opinion>> byItem = new LinkedHashMap<>();
        for (PreparationStore.OpinionRow o : rows) {
            Member who = named.get(o.memberId());
            byItem.computeIfAbsent(o.agendaId(), k -> new ArrayList<>()).add(new Opinion(o.id(), o.agendaId(), o.memberId(),
                    who == null ? null : who.fullName(), o.body(), o.createdAt()));
        }
        return m.agenda().stream().map(a -> new OpinionGroup(a.id(), a.position(), a.title(),
                byItem.getOrDefault(a.id(), List.of()))).toList();
    }

    @POST
    @Path("{id}/opinions")
    @OperationId("addMeetingOpinion")
    @Summary("Góp ý bằng văn bản cho một mục chương trình, trước hoặc trong cuộc họp (đảng viên được mời)")
    @Returns(value = Opinion.class, status = 201)
    public Response addOpinion(@Context SecurityContext sc, @PathParam("id") long id, NewOpinion body) {
        Caller c = Callers.of(sc);
        Meeting m = access.takePart(c, id);
        List<ProblemError> errors = new ArrayList<>();
        String text = AnnounceValidation.text(body == null ? null : body.body(), "body", "Ý kiến", OPINION_MAX, true, errors);
        Long item = body == null ? null : body.agendaItemId();
        if (item == null || m.agenda().stream().noneMatch(a -> a.id() == item)) {
            errors.add(ProblemError.field("agendaItemId", "Chọn một mục trong chương trình họp."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        if (m.status() == Meeting.Status.CLOSED || m.status() == Meeting.Status.CANCELLED) {
            throw ProblemException.conflict("Cuộc họp đã kết thúc hoặc đã hủy: không góp ý được nữa.");
        }
        PreparationStore.OpinionRow o = store.addOpinion(id, item, c.memberId(), text, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        if (o == null) {
            throw ProblemException.conflict("Mỗi đảng viên góp tối đa 50 ý kiến cho một cuộc họp.");
        }
        audit.record(c, "meeting.opinion", "meeting", id + "/" + o.id(), null);
        return Response.status(201).entity(new Opinion(o.id(), item, c.memberId(), c.name(), text, o.createdAt())).build();
    }
}
