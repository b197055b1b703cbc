package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.member.Member;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.qa.internal.Requests.QaAnswerRequest;
import vn.sotay.qa.internal.Requests.QaAssignRequest;
import vn.sotay.qa.internal.Requests.QaForwardRequest;
import vn.sotay.qa.internal.Rows.Counts;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.qa.internal.Views.QaDeskCounts;
import vn.sotay.qa.internal.Views.QaDeskItem;
import vn.sotay.qa.internal.Views.QaOverdueRollup;
import vn.sotay.qa.internal.Views.QaQuestionDetail;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider.Value;

/** A committee's answer desk: its waiting questions, the overdue roll-up, assign, forward upward, answer. */
@Component(service = DeskResource.class,
        property = {SotayModule.MODULE + "=" + QaModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeskResource {
    private final QaDesk desk;
    private final QuestionsResource questions;

    @Activate
    public DeskResource(@Reference QaDesk desk, @Reference QuestionsResource questions) {
        this.desk = desk;
        this.questions = questions;
    }

    @GET
    @Path("desk")
    @OperationId("listQaDesk")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Summary("Bàn trả lời của một cấp ủy: câu hỏi đang chờ trong toàn bộ cấp dưới, chờ lâu nhất trước, kèm thời gian đã chờ")
    public Page<QaDeskItem> list(@Context SecurityContext sc,
            @QueryParam("orgId") @Description(value = "Tổ chức của bàn trả lời", type = "integer", min = 1) String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = desk.orgs.tree();
        OrgNode org = desk.managedOrg(c, tree, id(orgId));
        Instant now = Instant.now();
        return Page.ofOffset(desk.store.desk(org.path(), offset, max + 1).stream()
                .map(q -> Views.desk(q, tree, now)).toList(), offset, max);
    }

    @GET
    @Path("desk/overdue")
    @OperationId("getQaOverdueRollup")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Summary("Câu hỏi đang chờ và quá hạn trả lời trong cấp dưới của một tổ chức, theo từng tổ chức trực thuộc")
    public QaOverdueRollup overdue(@Context SecurityContext sc,
            @QueryParam("orgId") @Description(value = "Tổ chức", type = "integer", min = 1) String orgId) {
        Caller c = Callers.of(sc);
        OrgTree tree = desk.orgs.tree();
        OrgNode org = desk.managedOrg(c, tree, id(orgId));
        Map<Long, Long> open = desk.store.openByOrg();
        Map<Long, Long> late = desk.store.overdueByOrg(Instant.now());
        Value o = Value.rollUp(tree, org.id(), open);
        Value l = Value.rollUp(tree, org.id(), late);
        List<QaDeskCounts> children = tree.children(org.id()).stream().map(n -> Views.counts(n,
                new Counts(o.byChild().getOrDefault(n.id(), 0L), l.byChild().getOrDefault(n.id(), 0L)))).toList();
        return new QaOverdueRollup(org.id(), org.name(), o.total(), l.total(), children);
    }

    @POST
    @Path("questions/{id}/assign")
    @OperationId("assignQaQuestion")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the question's current addressee")
    @Summary("Giao câu hỏi cho một đảng viên thuộc tổ chức đang được hỏi hoặc cho chính mình (để trống: cho chính mình)")
    public QaQuestionDetail assign(@Context SecurityContext sc, @PathParam("id") long id, QaAssignRequest request) {
        Caller c = Callers.of(sc);
        Question q = desk.actable(c, id);
        Long memberId = request == null || request.memberId() == null ? c.memberId() : request.memberId();
        OrgTree tree = desk.orgs.tree();
        Member m = memberId == null ? null : desk.members.get(memberId).orElse(null);
        if (m == null || !Long.valueOf(m.id()).equals(c.memberId()) && !tree.isWithin(m.cellId(), q.orgId())) {
            throw ProblemException.invalid("memberId", "Chỉ giao được cho đảng viên thuộc tổ chức đang được hỏi.");
        }
        q = desk.store.assign(id, q.orgId(), m.id(), m.fullName());
        desk.audit.record(c, "qa.question.assign", "qaQuestion", String.valueOf(id), m.fullName());
        return questions.detail(c, q, tree, Instant.now());
    }

    @POST
    @Path("questions/{id}/forward")
    @OperationId("forwardQaQuestion")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the question's current addressee")
    @Summary("Chuyển câu hỏi lên một cấp ủy cấp trên của cấp ủy đang được hỏi (không chuyển ngang); lộ trình được giữ lại")
    public QaQuestionDetail forward(@Context SecurityContext sc, @PathParam("id") long id, QaForwardRequest request) {
        Caller c = Callers.of(sc);
        Question q = desk.actable(c, id);
        OrgTree tree = desk.orgs.tree();
        OrgNode to = request == null || request.orgId() == null ? null : tree.node(request.orgId());
        if (to == null || to.id() == q.orgId() || !tree.isWithin(q.orgId(), to.id())) {
            throw ProblemException.invalid("orgId", "Chỉ chuyển được lên một cấp ủy cấp trên của cấp ủy đang được hỏi.");
        }
        String note = Requests.optional(request.note(), "note", Requests.NOTE_MAX,
                "Ghi chú tối đa " + Requests.NOTE_MAX + " ký tự.");
        Instant now = Instant.now();
        q = desk.store.forward(id, q.orgId(), to.id(), to.path(), c.getName(), note, now);
        desk.audit.record(c, "qa.question.forward", "qaQuestion", String.valueOf(id), to.name());
        return questions.detail(c, q, tree, now);
    }

    @POST
    @Path("questions/{id}/answer")
    @OperationId("answerQaQuestion")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the question's current addressee")
    @Summary("Trả lời câu hỏi, kèm trích dẫn văn bản (tham chiếu nội dung); người hỏi được báo qua hộp thư")
    public QaQuestionDetail answer(@Context SecurityContext sc, @PathParam("id") long id, QaAnswerRequest request) {
        Caller c = Callers.of(sc);
        Question q = desk.actable(c, id);
        if (request == null) {
            throw ProblemException.invalid("text", "Nhập câu trả lời.");
        }
        String text = Requests.text(request.text(), "text", 1, Requests.ANSWER_MAX,
                "Câu trả lời phải có từ 1 đến " + Requests.ANSWER_MAX + " ký tự.");
        List<ContentRef> refs = Requests.citations(request.citations());
        if (!refs.isEmpty() && desk.content.resolve(c, refs).stream().anyMatch(r -> !r.available())) {
            throw ProblemException.invalid("citations", "Có trích dẫn không tồn tại hoặc đồng chí không xem được.");
        }
        Instant now = Instant.now();
        q = desk.store.answer(id, q.orgId(), text, refs.stream().map(ContentRef::toString).toList(), c.getName(), now);
        desk.audit.record(c, "qa.question.answer", "qaQuestion", String.valueOf(id), null);
        desk.tellAsker(c, q, "Câu hỏi của đồng chí đã được trả lời", text);
        return questions.detail(c, q, desk.orgs.tree(), now);
    }

    static Long id(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("orgId", "Mã tổ chức phải là số.");
        }
    }
}
