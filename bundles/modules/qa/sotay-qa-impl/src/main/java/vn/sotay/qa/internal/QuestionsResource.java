package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.List;

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
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Summary;
import vn.sotay.qa.internal.Requests.QaAskRequest;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.qa.internal.Rows.Status;
import vn.sotay.qa.internal.Views.QaQuestionDetail;
import vn.sotay.qa.internal.Views.QaQuestionItem;
import vn.sotay.spi.module.SotayModule;

/** A member's side: ask, list one's questions, open one, close it. */
@Component(service = QuestionsResource.class,
        property = {SotayModule.MODULE + "=" + QaModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionsResource {
    private final QaDesk desk;

    @Activate
    public QuestionsResource(@Reference QaDesk desk) {
        this.desk = desk;
    }

    @POST
    @Path("questions")
    @OperationId("askQaQuestion")
    @Returns(value = QaQuestionDetail.class, status = 201)
    @Summary("Gửi câu hỏi tới cấp ủy (mặc định cấp ủy ngay trên chi bộ của tôi); riêng tư trừ khi đồng ý công bố")
    public Response ask(@Context SecurityContext sc, @Context UriInfo uri, QaAskRequest request) {
        QaQuestionDetail d = ask(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    QaQuestionDetail ask(Caller c, QaAskRequest request) {
        if (c.memberId() == null || c.cellId() == null) {
            throw ProblemException.forbidden("Chỉ đảng viên sinh hoạt tại một chi bộ mới gửi được câu hỏi.");
        }
        if (request == null) {
            throw ProblemException.invalid("text", "Nhập câu hỏi.");
        }
        String text = Requests.text(request.text(), "text", Requests.TEXT_MIN, Requests.TEXT_MAX,
                "Câu hỏi phải có từ " + Requests.TEXT_MIN + " đến " + Requests.TEXT_MAX + " ký tự.");
        String topic = Requests.optional(request.topic(), "topic", Requests.TOPIC_MAX,
                "Chủ đề tối đa " + Requests.TOPIC_MAX + " ký tự.");
        OrgTree tree = desk.orgs.tree();
        OrgNode cell = tree.node(c.cellId());
        Long target = request.orgId() != null ? request.orgId() : cell == null ? null : cell.parentId();
        if (target == null || cell == null || target == c.cellId() || !tree.isWithin(c.cellId(), target)) {
            throw ProblemException.invalid("orgId", "Chỉ hỏi được cấp ủy cấp trên của chi bộ mình.");
        }
        OrgNode org = tree.node(target);
        Instant now = Instant.now();
        boolean publishable = Boolean.TRUE.equals(request.publishable());
        Question q = desk.store.ask(c.memberId(), c.getName() == null ? "Đảng viên" : c.getName(), c.cellId(), org.id(),
                org.path(), topic, text, !publishable, now, desk.level.due(now));
        desk.audit.record(c, "qa.question.ask", "qaQuestion", String.valueOf(q.id()), org.name());
        return detail(c, q, tree, now);
    }

    @GET
    @Path("questions")
    @OperationId("listMyQaQuestions")
    @Summary("Các câu hỏi tôi đã gửi, mới nhất trước, kèm trạng thái")
    public Page<QaQuestionItem> mine(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("status") @Description(value = "Chỉ các câu hỏi ở trạng thái này", values = Status.class) String status) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        Status s = status(status);
        if (c.memberId() == null) {
            return new Page<>(List.of(), null);
        }
        OrgTree tree = desk.orgs.tree();
        Instant now = Instant.now();
        return Page.ofOffset(desk.store.mine(c.memberId(), s, offset, max + 1).stream()
                .map(q -> Views.item(q, tree, now)).toList(), offset, max);
    }

    @GET
    @Path("questions/{id}")
    @OperationId("getQaQuestion")
    @Summary("Mở một câu hỏi: người hỏi và các cấp ủy được hỏi (kể cả cấp ủy đã chuyển câu hỏi lên)")
    public QaQuestionDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        return detail(c, desk.readable(c, id), desk.orgs.tree(), Instant.now());
    }

    @POST
    @Path("questions/{id}/close")
    @OperationId("closeQaQuestion")
    @Summary("Đóng câu hỏi: người hỏi (khi không cần trả lời nữa hoặc đã nhận trả lời) hoặc cấp ủy đang được hỏi")
    public QaQuestionDetail close(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Question q = desk.readable(c, id);
        if (!desk.asker(c, q) && !desk.staff(c, q.orgId())) {
            throw ProblemException.forbidden("Chỉ người hỏi hoặc cấp ủy đang được hỏi mới đóng được câu hỏi.");
        }
        Instant now = Instant.now();
        q = desk.store.close(id, now);
        desk.audit.record(c, "qa.question.close", "qaQuestion", String.valueOf(id), null);
        return detail(c, q, desk.orgs.tree(), now);
    }

    static Status status(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "Trạng thái không hợp lệ (WAITING, FORWARDED, ANSWERED, CLOSED).");
        }
    }

    QaQuestionDetail detail(Caller c, Question q, OrgTree tree, Instant now) {
        List<ResolvedContent> cites = q.citations().isEmpty() ? List.of()
                : desk.content.resolve(c, q.citations().stream().map(ContentRef::parse).toList());
        return Views.detail(q, tree, now, desk.store.hops(q.id()), cites, q.status().open() && desk.staff(c, q.orgId()));
    }
}
