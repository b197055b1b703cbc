package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.MaxBody;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.ProgrammeViews.LessonDetail;
import vn.sotay.study.internal.ProgrammeViews.ProgrammeCompletion;
import vn.sotay.study.internal.ProgrammeViews.ProgrammeDetail;
import vn.sotay.study.internal.ProgrammeViews.ProgrammeItem;
import vn.sotay.study.internal.ProgrammeViews.Reminded;
import vn.sotay.study.internal.Requests.LessonRequest;
import vn.sotay.study.internal.Requests.ProgrammeRequest;

/** Study programmes ({@code /api/study/programmes}): publishing, their lessons, completion, reminders. */
@Component(service = ProgrammesResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {
    private final ProgrammeDesk pd;
    private final AuditService audit;

    @Activate
    public ProgrammesResource(@Reference ProgrammeDesk pd, @Reference AuditService audit) {
        this.pd = pd;
        this.audit = audit;
    }

    @GET
    @OperationId("listStudyProgrammes")
    @Summary("Chương trình học tập gửi tới tôi hoặc trong phạm vi tôi phụ trách, hạn muộn nhất trước")
    public Page<ProgrammeItem> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = pd.desk.orgs.tree();
        List<Long> orgs = pd.desk.store.programmes.orgs().stream().filter(o -> pd.desk.auth.canRead(c, o)).limit(1000).toList();
        List<ProgrammeItem> items = pd.desk.store.programmes.of(orgs, offset, max + 1).stream()
                .map(p -> ProgrammeViews.item(p, tree, pd.desk.manages(c, p.orgId()))).toList();
        return Page.ofOffset(items, offset, max);
    }

    @POST
    @OperationId("createStudyProgramme")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Returns(value = ProgrammeDetail.class, status = 201)
    @Summary("Phát hành một chương trình học tập (nghị quyết, chuyên đề) tới một tổ chức và toàn bộ cấp dưới, có hạn hoàn thành")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, ProgrammeRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = pd.desk.orgs.tree();
        LessonRules.ProgrammeDraft d = LessonRules.programme(request, tree, now);
        pd.desk.auth.require(c, d.orgId(), StudyDesk.MANAGERS);
        Programme p = pd.desk.store.programmes.insert(d.orgId(), d.title(), d.description(), d.deadline(), c.accountId(), now);
        audit.record(c, "study.programme.create", "studyProgramme", String.valueOf(p.id()), p.title());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(ProgrammeViews.detail(p, tree, true, pd.drafts(c, p.orgId()), List.of(), Map.of())).build();
    }

    @GET
    @Path("{id}")
    @OperationId("getStudyProgramme")
    @Summary("Mở một chương trình: bài học theo thứ tự đề nghị và tiến độ của tôi (đảng viên chỉ thấy bài đã duyệt)")
    public ProgrammeDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Programme p = pd.programme(c, id);
        boolean staff = pd.staff(c, p.orgId());
        Map<Long, Lessons.Progress> mine = c.memberId() == null ? Map.of()
                : pd.desk.store.programmes.progressOf(p.id(), c.memberId());
        return ProgrammeViews.detail(p, pd.desk.orgs.tree(), pd.desk.manages(c, p.orgId()), pd.drafts(c, p.orgId()),
                pd.desk.store.programmes.lessons(p.id(), !staff), mine);
    }

    @PUT
    @Path("{id}")
    @MaxBody(MaxBody.JSON)
    @OperationId("updateStudyProgramme")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the programme's organisation")
    @Summary("Sửa tên, giới thiệu, hạn hoàn thành của một chương trình (tổ chức không đổi); gửi kèm phiên bản đã mở "
            + "(version) để không ghi đè thay đổi của người khác (409)")
    public ProgrammeDetail update(@Context SecurityContext sc, @PathParam("id") long id, ProgrammeRequest request) {
        Caller c = Callers.of(sc);
        Programme p = pd.programme(c, id);
        pd.desk.auth.require(c, p.orgId(), StudyDesk.MANAGERS);
        if (request != null && request.orgId() != null && request.orgId() != p.orgId()) {
            throw ProblemException.invalid("orgId", "Không đổi được tổ chức nhận chương trình; hãy tạo chương trình mới.");
        }
        if (request == null) {
            throw ProblemException.invalid("title", "Thiếu nội dung chương trình.");
        }
        LessonRules.ProgrammeDraft d = LessonRules.programme(new ProgrammeRequest(p.orgId(), request.title(),
                request.description(), request.deadline(), null), pd.desk.orgs.tree(), Instant.now());
        Programme u = pd.desk.store.programmes.updateProgramme(p.id(), d.title(), d.description(), d.deadline(),
                request.version());
        audit.record(c, "study.programme.update", "studyProgramme", String.valueOf(p.id()), u.title());
        return get(sc, u.id());
    }

    @POST
    @Path("{id}/lessons")
    @MaxBody(MaxBody.JSON)
    @OperationId("createStudyLesson")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "the programme's organisation")
    @Returns(value = LessonDetail.class, status = 201)
    @Summary("Soạn một bài học (bản nháp; nội dung HTML được làm sạch); bài học qua quy trình duyệt như bài viết")
    public Response addLesson(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id,
            LessonRequest request) {
        Caller c = Callers.of(sc);
        Programme p = pd.programme(c, id);
        if (!pd.drafts(c, p.orgId())) {
            throw ProblemException.forbidden("Đồng chí không có quyền soạn bài học của chương trình này.");
        }
        Lesson l = pd.desk.store.programmes.insertLesson(p.id(), LessonRules.lesson(request), c.accountId(), Instant.now());
        audit.record(c, "study.draft", "studyLesson", String.valueOf(l.id()), l.title());
        return Response.created(uri.getBaseUriBuilder().path("lessons").path(String.valueOf(l.id())).build())
                .entity(pd.view(c, l, null)).build();
    }

    @GET
    @Path("{id}/completion")
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("getStudyProgrammeCompletion")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the programme's organisation")
    @Summary("Tiến độ hoàn thành theo tổ chức trực thuộc và các chi bộ còn đảng viên chưa hoàn thành (không tính miễn sinh hoạt)")
    public ProgrammeCompletion completion(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Programme p = pd.programme(c, id);
        pd.desk.auth.require(c, p.orgId(), StudyDesk.MANAGERS);
        return pd.completion(p, pd.desk.orgs.tree(), Instant.now());
    }

    @POST
    @Path("{id}/remind")
    @OperationId("remindStudyProgramme")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the programme's organisation")
    @Summary("Nhắc qua hộp thư những đảng viên chưa hoàn thành chương trình")
    public Reminded remind(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Programme p = pd.programme(c, id);
        pd.desk.auth.require(c, p.orgId(), StudyDesk.MANAGERS);
        long n = pd.remind(c, p, pd.desk.orgs.tree());
        audit.record(c, "study.programme.remind", "studyProgramme", String.valueOf(p.id()), String.valueOf(n));
        return new Reminded(n);
    }
}
