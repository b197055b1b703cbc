package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.surveys.internal.Requests.SurveyRequest;
import vn.sotay.surveys.internal.Survey.SurveyStatus;
import vn.sotay.surveys.internal.Views.SurveyAnswer;
import vn.sotay.surveys.internal.Views.SurveyDetail;
import vn.sotay.surveys.internal.Views.SurveyItem;

/** Surveys: the caller's list, the committee's drafts, publishing and closing ({@code /api/surveys}). */
@Component(service = SurveysResource.class,
        property = {SotayModule.MODULE + "=" + SurveysModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {
    static final int OPEN_MAX = 100;
    private final SurveyDesk desk;
    private final AuditService audit;

    @Activate
    public SurveysResource(@Reference SurveyDesk desk, @Reference AuditService audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @GET
    @OperationId("listSurveys")
    @Summary("Thăm dò ý kiến của tôi: các cuộc đang mở gửi tới tôi trước (kèm đã trả lời hay chưa), "
            + "sau đó các cuộc tôi quản lý, mới nhất trước")
    public Page<SurveyItem> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = desk.orgs.tree();
        Instant now = Instant.now();
        List<Survey> open = c.cellId() == null || c.memberId() == null ? List.of()
                : desk.store.openFor(tree.pathIds(c.cellId()), now, OPEN_MAX);
        List<Long> openIds = open.stream().map(Survey::id).toList();
        List<Survey> page = new ArrayList<>();
        if (offset < open.size()) {
            page.addAll(open.subList(offset, Math.min(open.size(), offset + max + 1)));
        }
        int wanted = max + 1 - page.size();
        List<Long> managedOrgs = managedOrgs(c, tree);
        if (wanted > 0 && (managedOrgs == null || !managedOrgs.isEmpty())) {
            page.addAll(desk.store.managed(managedOrgs, openIds, Math.max(0, offset - open.size()), wanted));
        }
        Set<Long> answered = c.memberId() == null ? Set.of()
                : desk.box.answeredOf(page.stream().map(Survey::id).toList(), c.memberId());
        List<SurveyItem> items = page.stream().map(s -> Views.item(s, tree, now, answered.contains(s.id()),
                SurveyDesk.invited(c, tree, s), desk.manages(c, s.orgId()))).toList();
        return Page.ofOffset(items, offset, max);
    }

    /** The organisations with surveys the caller manages; {@code null}: every one (a manager at a root). */
    private List<Long> managedOrgs(Caller c, OrgTree tree) {
        Set<Long> scopes = desk.auth.visibility(c).staffScopes();
        if (scopes.isEmpty()) {
            return List.of();
        }
        return desk.store.orgs().stream().filter(o -> desk.manages(c, o)).collect(Collectors.toList());
    }

    @POST
    @OperationId("createSurvey")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Returns(value = SurveyDetail.class, status = 201)
    @Summary("Soạn một cuộc thăm dò ý kiến (bản nháp) cho một tổ chức và toàn bộ cấp dưới")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, SurveyRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        SurveyDraft d = SurveyValidation.survey(request, tree, now);
        desk.auth.require(c, d.orgId(), Role.SECRETARY, Role.COMMITTEE);
        Survey s = desk.store.insert(d, c, now);
        audit.record(c, "survey.create", "survey", String.valueOf(s.id()), s.title());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build())
                .entity(Views.detail(s, tree, now, false, SurveyDesk.invited(c, tree, s), true, List.of())).build();
    }

    @GET
    @Path("{id}")
    @OperationId("getSurvey")
    @Summary("Mở một cuộc thăm dò: câu hỏi, trạng thái, câu trả lời của tôi (nếu không ẩn danh)")
    public SurveyDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        return detail(c, desk.visible(c, id, tree, now), tree, now);
    }

    @PUT
    @Path("{id}")
    @OperationId("updateSurvey")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation and orgId")
    @Summary("Sửa một bản nháp (409 khi đã phát hành)")
    public SurveyDetail update(@Context SecurityContext sc, @PathParam("id") long id, SurveyRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        desk.managed(c, id, tree, now);
        SurveyDraft d = SurveyValidation.survey(request, tree, now);
        desk.auth.require(c, d.orgId(), Role.SECRETARY, Role.COMMITTEE);
        Survey s = desk.store.update(id, d);
        audit.record(c, "survey.update", "survey", String.valueOf(id), s.title());
        return detail(c, s, tree, now);
    }

    @POST
    @Path("{id}/publish")
    @OperationId("publishSurvey")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation")
    @Summary("Phát hành bản nháp: mở lúc openAt (đảng viên được báo qua hộp thư), đóng lúc closeAt")
    public SurveyDetail publish(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        Survey draft = desk.managed(c, id, tree, now);
        if (!draft.closeAt().isAfter(now)) {
            throw vn.sotay.api.ProblemException.invalid("closeAt", "Giờ kết thúc đã qua: sửa bản nháp trước khi phát hành.");
        }
        Survey s = desk.store.publish(id);
        audit.record(c, "survey.publish", "survey", String.valueOf(id), s.title());
        if (s.status(now) == SurveyStatus.OPEN) {
            desk.tellOpened(c, s);
        }
        return detail(c, s, tree, now);
    }

    @POST
    @Path("{id}/close")
    @OperationId("closeSurvey")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the survey's organisation")
    @Summary("Kết thúc sớm một cuộc thăm dò đã phát hành")
    public SurveyDetail close(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        desk.managed(c, id, tree, now);
        Survey s = desk.store.close(id, now);
        audit.record(c, "survey.close", "survey", String.valueOf(id), s.title());
        return detail(c, s, tree, now);
    }

    private SurveyDetail detail(Caller c, Survey s, OrgTree tree, Instant now) {
        boolean answered = c.memberId() != null && desk.box.answered(s.id(), c.memberId());
        List<SurveyAnswer> mine = List.of();
        if (answered && !s.anonymous()) {
            Map<Long, List<BallotBox.AnswerRow>> rows = desk.box.mine(s.id(), c.memberId()).stream()
                    .collect(Collectors.groupingBy(BallotBox.AnswerRow::questionId));
            mine = rows.entrySet().stream().map(e -> new SurveyAnswer(e.getKey(),
                    e.getValue().stream().filter(a -> a.option() >= 0).map(BallotBox.AnswerRow::option).toList(),
                    e.getValue().stream().filter(a -> a.option() < 0).map(BallotBox.AnswerRow::text).findFirst().orElse(null)))
                    .toList();
        }
        return Views.detail(s, tree, now, answered, SurveyDesk.invited(c, tree, s), desk.manages(c, s.orgId()), mine);
    }
}
