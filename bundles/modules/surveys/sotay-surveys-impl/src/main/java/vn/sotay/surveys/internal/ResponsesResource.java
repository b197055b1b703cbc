package vn.sotay.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.surveys.internal.Requests.SurveyResponseRequest;
import vn.sotay.surveys.internal.Survey.SurveyStatus;
import vn.sotay.surveys.internal.Views.SurveyReceipt;
import vn.sotay.surveys.internal.Views.SurveyReminder;

/** Answering a survey, its results (JSON and XLSX) and reminders. */
@Component(service = ResponsesResource.class,
        property = {SotayModule.MODULE + "=" + SurveysModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponsesResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int TEXTS_SHOWN = 500;
    static final Duration REMIND_GAP = Duration.ofHours(1);
    private final SurveyDesk desk;
    private final AuditService audit;

    @Activate
    public ResponsesResource(@Reference SurveyDesk desk, @Reference AuditService audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @POST
    @Path("{id}/responses")
    @OperationId("answerSurvey")
    @Roles(value = Role.MEMBER, over = "a cell inside the survey's organisation")
    @Summary("Trả lời (hoặc sửa câu trả lời) khi cuộc thăm dò đang mở; mỗi đảng viên một phiếu")
    public SurveyReceipt answer(@Context SecurityContext sc, @PathParam("id") long id, SurveyResponseRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        Survey s = desk.visible(c, id, tree, now);
        if (!SurveyDesk.invited(c, tree, s)) {
            throw ProblemException.forbidden("Chỉ đảng viên thuộc tổ chức được hỏi mới trả lời được.");
        }
        Member me = desk.members.get(c.memberId()).orElse(null);
        if (me == null || !Eligibility.invited(me.status())) {
            throw ProblemException.forbidden("Đồng chí không thuộc diện được hỏi.");
        }
        if (s.status(now) != SurveyStatus.OPEN) {
            throw ProblemException.conflict("Cuộc thăm dò đã kết thúc, không nhận thêm câu trả lời.");
        }
        if (request == null) {
            throw ProblemException.invalid("answers", "Thiếu câu trả lời.");
        }
        if (request.receipt() != null && request.receipt().length() > 64) {
            throw ProblemException.invalid("receipt", "Mã biên nhận không hợp lệ.");
        }
        List<BallotBox.AnswerRow> rows = SurveyValidation.answers(s, request.answers());
        BallotBox.Outcome o = desk.box.respond(s, c.memberId(), rows, s.anonymous() ? request.receipt() : null);
        if (!s.anonymous()) {
            audit.record(c, o.changed() ? "survey.answer-change" : "survey.answer", "survey", String.valueOf(id), null);
        }
        return new SurveyReceipt(id, o.changed(), o.receipt());
    }

    @GET
    @Path("{id}/results")
    @OperationId("getSurveyResults")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation (members after closing when results are public)")
    @Summary("Kết quả: số lượt chọn từng phương án, ý kiến tự do, tỉ lệ trả lời theo từng tổ chức cấp dưới (không tính đảng viên miễn sinh hoạt)")
    public SurveyResults results(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        return compute(readableResults(c, id, tree, now), tree, now, TEXTS_SHOWN);
    }

    @GET
    @Urgency(Urgency.Level.DEFERRABLE)
    @Path("{id}/results.xlsx")
    @Produces(MediaType.WILDCARD)
    @OperationId("exportSurveyResults")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation (members after closing when results are public)")
    @Returns(value = byte[].class, mediaType = XLSX)
    @Summary("Kết quả dạng bảng tính Excel (XLSX): tỉ lệ theo đơn vị, số lượt chọn, ý kiến tự do")
    public Response export(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        SurveyResults r = compute(readableResults(c, id, tree, now), tree, now, Integer.MAX_VALUE);
        byte[] bytes = ResultsWorkbook.write(r);
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"tham-do-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/remind")
    @OperationId("remindSurvey")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation")
    @Summary("Nhắc qua hộp thư những đảng viên chưa trả lời (cuộc đang mở; cách lần nhắc trước ít nhất 1 giờ)")
    public SurveyReminder remind(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        Survey s = desk.managed(c, id, desk.orgs.tree(), now);
        if (s.status(now) != SurveyStatus.OPEN) {
            throw ProblemException.conflict("Chỉ nhắc được khi cuộc thăm dò đang mở.");
        }
        if (!desk.store.remindedAt(id, now, now.minus(REMIND_GAP))) {
            throw ProblemException.conflict("Đã nhắc trong vòng một giờ qua; hãy thử lại sau.");
        }
        long told = desk.remind(c, s);
        audit.record(c, "survey.remind", "survey", String.valueOf(id), String.valueOf(told));
        return new SurveyReminder(id, told);
    }

    /** Managers always (once published); members after closing when the results are public; 403 for other readers. */
    private Survey readableResults(Caller c, long id, OrgTree tree, Instant now) {
        Survey s = desk.visible(c, id, tree, now);
        if (desk.manages(c, s.orgId())) {
            return s;
        }
        if (s.resultsPublic() && s.status(now) == SurveyStatus.CLOSED && SurveyDesk.invited(c, tree, s)) {
            return s;
        }
        throw ProblemException.forbidden("Kết quả chỉ dành cho cấp ủy quản lý cuộc thăm dò"
                + (s.resultsPublic() ? " cho tới khi kết thúc." : "."));
    }

    private SurveyResults compute(Survey s, OrgTree tree, Instant now, int textLimit) {
        List<Member> invited = desk.members.invitedIn(Tally.subtree(tree, s.orgId()));
        Map<String, Long> named = s.anonymous() ? Map.of() : desk.box.namedBallots(s.id());
        Map<Long, String> names = s.anonymous() ? Map.of() : desk.members.getAll(named.values()).values().stream()
                .collect(Collectors.toMap(Member::id, Member::fullName));
        return Tally.results(s, tree, now, invited, desk.box.roll(s.id()), desk.box.answers(s.id()), named, names, textLimit);
    }
}
