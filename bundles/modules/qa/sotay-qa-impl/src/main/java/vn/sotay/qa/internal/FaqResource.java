package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.qa.internal.FaqStore.Faq;
import vn.sotay.qa.internal.FaqViews.QaFaqComment;
import vn.sotay.qa.internal.FaqViews.QaFaqEntry;
import vn.sotay.qa.internal.FaqViews.QaFaqProposal;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.spi.module.SotayModule;

/**
 * The FAQ: an answered, publishable question proposed by its answering committee (without its asker),
 * approved by a REVIEWER over the chosen scope (never its proposer), then read by the scope's subtree,
 * listed by topic and searched. Unpublished entries are known only to the answering committee and the
 * scope's reviewers (404 for everyone else).
 */
@Component(service = FaqResource.class,
        property = {SotayModule.MODULE + "=" + QaModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaqResource {
    static final String NOT_FOUND = "Không tìm thấy mục hỏi đáp.";
    static final int SEARCH_MAX = 50;
    private final QaDesk desk;
    private final ReviewPolicy policy;
    private final SearchService search;

    @Activate
    public FaqResource(@Reference QaDesk desk, @Reference ReviewPolicy policy, @Reference SearchService search) {
        this.desk = desk;
        this.policy = policy;
        this.search = search;
    }

    @POST
    @Path("questions/{id}/faq")
    @OperationId("proposeQaFaqEntry")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the committee that answered")
    @Returns(value = QaFaqEntry.class, status = 201)
    @Summary("Đề nghị đưa một câu hỏi đã trả lời (không riêng tư) vào mục hỏi đáp, bỏ tên người hỏi; chờ duyệt")
    public Response propose(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id, QaFaqProposal body) {
        QaFaqEntry e = propose(Callers.of(sc), id, body);
        return Response.created(uri.getBaseUriBuilder().path("faq").path(String.valueOf(e.id())).build()).entity(e).build();
    }

    QaFaqEntry propose(Caller c, long id, QaFaqProposal body) {
        Question q = desk.readable(c, id);
        if (q.answeredOrgId() == null || q.answer() == null) {
            throw ProblemException.conflict("Chỉ đưa vào mục hỏi đáp được câu hỏi đã trả lời.");
        }
        if (!desk.staff(c, q.answeredOrgId())) {
            throw ProblemException.forbidden("Chỉ cấp ủy đã trả lời mới đề nghị công bố được.");
        }
        if (q.privateQuestion()) {
            throw ProblemException.conflict("Câu hỏi riêng tư không được công bố.");
        }
        QaFaqProposal b = body == null ? new QaFaqProposal(null, null, null, null, null) : body;
        String topic = Requests.text(b.topic() == null ? q.topic() : b.topic(), "topic", 1, Requests.TOPIC_MAX,
                "Chọn chủ đề (tối đa " + Requests.TOPIC_MAX + " ký tự).");
        String question = Requests.text(b.question() == null ? anonymise(q.text(), q.askerName()) : b.question(), "question",
                Requests.TEXT_MIN, Requests.TEXT_MAX, "Câu hỏi phải có từ 10 đến 4.000 ký tự.");
        String answer = Requests.text(b.answer() == null ? q.answer() : b.answer(), "answer", 1, Requests.ANSWER_MAX,
                "Câu trả lời phải có từ 1 đến 8.000 ký tự.");
        String source = Requests.optional(b.source(), "source", 255, "Căn cứ tối đa 255 ký tự.");
        OrgTree tree = desk.orgs.tree();
        long scopeId = b.scopeOrgId() == null ? q.answeredOrgId() : b.scopeOrgId();
        OrgNode scope = tree.node(scopeId);
        if (scope == null || !tree.isWithin(q.answeredOrgId(), scopeId)) {
            throw ProblemException.invalid("scopeOrgId", "Phạm vi công bố là tổ chức đã trả lời hoặc một cấp trên của nó.");
        }
        Faq f = desk.store.faq.insert(q.id(), topic, question, answer, q.citations(), source, q.answeredOrgId(), scopeId,
                scope.path(), ReviewStatus.SUBMITTED, c.accountId(), Instant.now());
        desk.audit.record(c, "qa.faq.propose", "qaFaq", String.valueOf(f.id()), topic);
        return FaqViews.entry(f, tree, List.of());
    }

    /** The question's text without its asker's name (the committee may rewrite it further). */
    static String anonymise(String text, String askerName) {
        return askerName == null || askerName.isBlank() ? text : text.replace(askerName, "…");
    }

    @GET
    @Path("faq")
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("listQaFaq")
    @Summary("Mục hỏi đáp đã công bố cho tôi, theo chủ đề; q: tìm kiếm (không dấu cũng được)")
    public Page<QaFaqEntry> list(@Context SecurityContext sc,
            @QueryParam("topic") @Description("Chỉ chủ đề này") String topic,
            @QueryParam("q") @Description("Từ khóa") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        String t = Requests.optional(topic, "topic", Requests.TOPIC_MAX, "Chủ đề tối đa 80 ký tự.");
        String query = Requests.optional(q, "q", 200, "Từ khóa tối đa 200 ký tự.");
        OrgTree tree = desk.orgs.tree();
        if (query != null) {
            List<SearchHit> hits = search.search(c, query, Set.of(QaModule.FAQ), SEARCH_MAX);
            Map<Long, Faq> byId = new HashMap<>();
            desk.store.faq.byIds(hits.stream().map(h -> Long.parseLong(h.id())).toList()).forEach(f -> byId.put(f.id(), f));
            List<QaFaqEntry> out = new ArrayList<>();
            for (SearchHit h : hits) {
                Faq f = byId.get(Long.parseLong(h.id()));
                if (f != null && f.status() == ReviewStatus.APPROVED && (t == null || t.equals(f.topic()))
                        && desk.auth.canRead(c, f.scopeOrgId())) {
                    out.add(FaqViews.entry(f, tree, List.of()));
                }
            }
            return Page.ofOffset(out.subList(Math.min(offset, out.size()), Math.min(out.size(), offset + max + 1)), offset, max);
        }
        Visibility v = desk.auth.visibility(c);
        List<String> staff = v.staffScopes().stream().map(tree::node).filter(n -> n != null).map(OrgNode::path)
                .sorted().limit(20).toList();
        return Page.ofOffset(desk.store.faq.published(v.memberPath(), staff, t, offset, max + 1).stream()
                .map(f -> FaqViews.entry(f, tree, List.of())).toList(), offset, max);
    }

    @GET
    @Path("faq/review")
    @OperationId("listQaFaqToReview")
    @Roles(value = {Role.REVIEWER}, over = "the entry's scope")
    @Summary("Mục hỏi đáp chờ duyệt mà tôi được duyệt (người duyệt cấp phạm vi công bố trở lên)")
    public List<QaFaqEntry> review(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        OrgTree tree = desk.orgs.tree();
        return desk.store.faq.submitted(500).stream().filter(f -> desk.auth.holds(c, f.scopeOrgId(), Role.REVIEWER))
                .limit(100).map(f -> FaqViews.entry(f, tree, List.of())).toList();
    }

    @GET
    @Path("faq/{id}")
    @OperationId("getQaFaqEntry")
    @Summary("Mở một mục hỏi đáp, kèm trích dẫn")
    public QaFaqEntry get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Faq f = readable(c, id);
        List<ContentRef> refs = f.citations().stream().map(ContentRef::parse).toList();
        return FaqViews.entry(f, desk.orgs.tree(), refs.isEmpty() ? List.of() : desk.content.resolve(c, refs));
    }

    @POST
    @Path("faq/{id}/approve")
    @OperationId("approveQaFaqEntry")
    @Roles(value = {Role.REVIEWER}, over = "the entry's scope")
    @Summary("Duyệt và công bố một mục hỏi đáp (người duyệt không phải người đề nghị)")
    public QaFaqEntry approve(@Context SecurityContext sc, @PathParam("id") long id) {
        return move(Callers.of(sc), id, ReviewAction.APPROVE, null);
    }

    @POST
    @Path("faq/{id}/return")
    @OperationId("returnQaFaqEntry")
    @Roles(value = {Role.REVIEWER}, over = "the entry's scope")
    @Summary("Trả lại một mục hỏi đáp kèm ý kiến")
    public QaFaqEntry sendBack(@Context SecurityContext sc, @PathParam("id") long id, QaFaqComment body) {
        String comment = Requests.text(body == null ? null : body.comment(), "comment", 1, Requests.NOTE_MAX,
                "Nhập ý kiến (tối đa 1.000 ký tự).");
        return move(Callers.of(sc), id, ReviewAction.RETURN, comment);
    }

    @POST
    @Path("faq/{id}/archive")
    @OperationId("archiveQaFaqEntry")
    @Roles(value = {Role.REVIEWER}, over = "the entry's scope")
    @Summary("Gỡ một mục hỏi đáp đã công bố (lưu trữ)")
    public QaFaqEntry archive(@Context SecurityContext sc, @PathParam("id") long id) {
        return move(Callers.of(sc), id, ReviewAction.ARCHIVE, null);
    }

    QaFaqEntry move(Caller c, long id, ReviewAction action, String comment) {
        Faq f = readable(c, id);
        desk.auth.require(c, f.scopeOrgId(), action.role());
        if (action == ReviewAction.APPROVE) {
            policy.requireIndependentReviewer(c, List.of(f.authorAccountId()), QaModule.ID, "qaFaq", String.valueOf(id));
        }
        Faq moved = desk.store.faq.move(id, s -> action.apply(s, "mục hỏi đáp"), comment, Instant.now());
        desk.audit.record(c, "qa.faq." + action.name().toLowerCase(java.util.Locale.ROOT), "qaFaq", String.valueOf(id),
                moved.topic());
        return FaqViews.entry(moved, desk.orgs.tree(), List.of());
    }

    /** Published: whoever reads its scope; otherwise the answering committee and the scope's reviewers; else 404. */
    Faq readable(Caller c, long id) {
        return desk.store.faq.find(id).filter(f -> f.status() == ReviewStatus.APPROVED
                ? desk.auth.canRead(c, f.scopeOrgId())
                : desk.staff(c, f.ownerOrgId()) || desk.auth.holds(c, f.scopeOrgId(), Role.REVIEWER))
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
    }
}
