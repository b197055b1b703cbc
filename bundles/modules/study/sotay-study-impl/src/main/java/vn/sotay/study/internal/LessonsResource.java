package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.MaxBody;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.Lessons.Progress;
import vn.sotay.study.internal.Lessons.Step;
import vn.sotay.study.internal.ProgrammeViews.LessonDetail;
import vn.sotay.study.internal.ProgrammeViews.MyProgress;
import vn.sotay.study.internal.Requests.LessonRequest;
import vn.sotay.study.internal.Requests.LessonReturnRequest;
import vn.sotay.study.internal.Requests.ProgressRequest;

/** Lessons ({@code /api/study/lessons}): reading, editing, the review workflow, and members' progress. */
@Component(service = LessonsResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {
    private final ProgrammeDesk pd;
    private final AuditService audit;

    @Activate
    public LessonsResource(@Reference ProgrammeDesk pd, @Reference AuditService audit) {
        this.pd = pd;
        this.audit = audit;
    }

    @GET
    @Path("{id}")
    @OperationId("getStudyLesson")
    @Summary("Đọc một bài học: nội dung, văn bản được giải thích, câu hỏi kiểm tra (không kèm đáp án), tiến độ của tôi")
    public LessonDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        Progress mine = c.memberId() == null ? null : pd.desk.store.programmes.progressOf(l.programmeId(), c.memberId()).get(l.id());
        return pd.view(c, l, mine);
    }

    @PUT
    @Path("{id}")
    @MaxBody(MaxBody.JSON)
    @OperationId("updateStudyLesson")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "the programme's organisation")
    @Summary("Sửa một bài học ở trạng thái bản nháp hoặc bị trả lại; gửi kèm phiên bản đã mở (version hoặc If-Match) "
            + "để không ghi đè thay đổi của người khác (409)")
    public LessonDetail update(@Context SecurityContext sc, @PathParam("id") long id,
            @Description("Phiên bản đã mở, ví dụ \"3\" (thay cho version trong thân yêu cầu)") @HeaderParam("If-Match") String ifMatch,
            LessonRequest request) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        requireDrafter(c, pd.programmeOf(l));
        Integer expected = LessonRules.expectedVersion(ifMatch, request == null ? null : request.version());
        Lesson u = pd.desk.store.programmes.updateLesson(l.id(), LessonRules.lesson(request), expected, Instant.now());
        audit.record(c, ReviewAction.UPDATE.audit(StudyModule.ID), "studyLesson", String.valueOf(id), u.title());
        return pd.view(c, u, null);
    }

    @POST
    @Path("{id}/submit")
    @OperationId("submitStudyLesson")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "the programme's organisation")
    @Summary("Gửi duyệt một bài học")
    public LessonDetail submit(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        requireDrafter(c, pd.programmeOf(l));
        return move(c, l, ReviewAction.SUBMIT, null);
    }

    @POST
    @Path("{id}/approve")
    @OperationId("approveStudyLesson")
    @Roles(value = Role.REVIEWER, over = "the programme's organisation")
    @Summary("Duyệt một bài học đã gửi (người duyệt không phải người soạn): đảng viên đọc được từ đây")
    public LessonDetail approve(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        requireReviewer(c, l);
        pd.review.requireIndependentReviewer(c, List.of(l.authorId()), StudyModule.ID, "studyLesson", String.valueOf(id));
        return move(c, l, ReviewAction.APPROVE, null);
    }

    @POST
    @Path("{id}/return")
    @OperationId("returnStudyLesson")
    @Roles(value = Role.REVIEWER, over = "the programme's organisation")
    @Summary("Trả lại một bài học đã gửi, kèm ý kiến")
    public LessonDetail sendBack(@Context SecurityContext sc, @PathParam("id") long id, LessonReturnRequest request) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        requireReviewer(c, l);
        String comment = request == null || request.comment() == null ? "" : request.comment().strip();
        if (comment.isEmpty() || comment.length() > 1000) {
            throw ProblemException.invalid("comment", "Ghi ý kiến khi trả lại (tối đa 1.000 ký tự).");
        }
        return move(c, l, ReviewAction.RETURN, comment);
    }

    @POST
    @Path("{id}/progress")
    @OperationId("recordStudyProgress")
    @Summary("Ghi tiến độ của tôi: đã mở, đã đọc hết, hoàn thành (trả lời đúng câu hỏi kiểm tra); lặp lại không thay đổi gì, "
            + "tiếp tục được trên thiết bị khác")
    public MyProgress progress(@Context SecurityContext sc, @PathParam("id") long id, ProgressRequest request) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        Programme p = pd.programmeOf(l);
        if (l.status() != ReviewStatus.APPROVED) {
            throw ProblemException.conflict("Bài học chưa được duyệt.");
        }
        if (c.memberId() == null || c.cellId() == null || !pd.desk.orgs.tree().isWithin(c.cellId(), p.orgId())) {
            throw ProblemException.forbidden("Chương trình này không gửi tới chi bộ của đồng chí.");
        }
        Step step;
        try {
            step = Step.valueOf(request == null || request.step() == null ? "" : request.step().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("step", "Bước phải là OPENED, READ hoặc COMPLETED.");
        }
        if (step == Step.COMPLETED && l.checkCorrect() != null && !l.checkCorrect().equals(request.answer())) {
            throw ProblemException.invalid("answer", "Câu trả lời chưa đúng; mời đồng chí đọc lại bài và trả lời lại.");
        }
        return ProgrammeViews.progress(pd.desk.store.programmes.progress(l, c.memberId(), c.cellId(), step, Instant.now()));
    }

    private void requireDrafter(Caller c, Programme p) {
        if (!pd.drafts(c, p.orgId())) {
            throw ProblemException.forbidden("Đồng chí không có quyền soạn bài học của chương trình này.");
        }
    }

    private void requireReviewer(Caller c, Lesson l) {
        pd.desk.auth.require(c, pd.programmeOf(l).orgId(), ReviewAction.APPROVE.role());
    }

    private LessonDetail move(Caller c, Lesson l, ReviewAction action, String comment) {
        Lesson m = pd.desk.store.programmes.review(l.id(), action, comment, Instant.now());
        audit.record(c, action.audit(StudyModule.ID), "studyLesson", String.valueOf(l.id()), m.title());
        return pd.view(c, m, null);
    }
}
