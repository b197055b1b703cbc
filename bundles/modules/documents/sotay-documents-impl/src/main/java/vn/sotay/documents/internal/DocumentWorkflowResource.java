package vn.sotay.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import vn.sotay.api.Cursors;
import vn.sotay.api.Role;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.Views.DocumentDetail;
import vn.sotay.documents.internal.Views.DocumentItem;
import vn.sotay.spi.module.SotayModule;

/**
 * The review workflow of documents ({@code vn.sotay.api.review}, shared with news): drafting,
 * editing, submitting, returning, approving, archiving, the legal status, and the desks.
 */
@Component(service = DocumentWorkflowResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentWorkflowResource {
    private static final String DRAFTERS_OVER = "the document's owner (ownerOrgId): an editor, the committee, or the cell's secretary";

    private final DocumentActions docs;
    private final DocumentStore store;
    private final ReviewPolicy review;

    @Activate
    public DocumentWorkflowResource(@Reference DocumentActions docs, @Reference ReviewPolicy review) {
        this.docs = docs;
        this.store = docs.store;
        this.review = review;
    }

    @GET
    @Path("desk")
    @OperationId("listDocumentDesk")
    @Summary("Bàn biên tập: tài liệu nháp, bị trả lại hoặc chờ duyệt trong phạm vi tôi biên tập")
    public List<DocumentItem> desk(@Context SecurityContext sc) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED, ReviewStatus.SUBMITTED), Access.DRAFTERS);
    }

    @GET
    @Path("review")
    @OperationId("listDocumentReviewQueue")
    @Summary("Hàng chờ duyệt: tài liệu đã gửi duyệt trong phạm vi tôi được duyệt")
    public List<DocumentItem> review(@Context SecurityContext sc) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.SUBMITTED), Role.REVIEWER);
    }

    private List<DocumentItem> queue(Caller c, Set<ReviewStatus> statuses, Role... roles) {
        return store.queue(statuses).stream().filter(d -> docs.auth.holds(c, d.ownerOrgId(), roles)).limit(Cursors.MAX_LIMIT)
                .map(d -> Views.item(d, false, true)).toList();
    }

    @POST
    @OperationId("createDocument")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY}, over = DRAFTERS_OVER)
    @Returns(value = DocumentDetail.class, status = 201)
    @Summary("Tạo bản nháp tài liệu (biên tập viên tại hoặc trên cấp ủy ban hành, cấp ủy đó, hoặc bí thư chi bộ cho chi bộ mình)")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, DocumentRequest request) {
        DocumentDetail d = create(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Validates, authorises, stores and audits a new draft. */
    DocumentDetail create(Caller c, DocumentRequest request) {
        Valid v = docs.valid(c, request, null);
        docs.auth.require(c, v.ownerOrgId(), Access.DRAFTERS);
        docs.unclassifiedTitle(c, null, v.title());
        Doc d = store.insert(v, c, Instant.now());
        docs.audit.record(c, ReviewAction.DRAFT.audit(DocumentsModule.ID), "document", String.valueOf(d.id()), d.number());
        return Views.detail(d, docs.orgs.tree(), false, 0, true, store.history(d.id()), l -> Access.readable(docs.auth, c, l));
    }

    @PUT
    @Path("{id: \\d+}")
    @OperationId("updateDocument")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY}, over = DRAFTERS_OVER)
    @Summary("Sửa tài liệu (khi là bản nháp hoặc bị trả lại)")
    public DocumentDetail update(@Context SecurityContext sc, @PathParam("id") long id, DocumentRequest request) {
        Caller c = Callers.of(sc);
        Doc d = docs.target(c, id, Access.DRAFTERS);
        ReviewAction.UPDATE.apply(d.reviewStatus(), DocumentStore.NOUN); // 409 before any 400
        Valid v = docs.valid(c, request, id);
        if (v.ownerOrgId() != d.ownerOrgId()) {
            docs.auth.require(c, v.ownerOrgId(), Access.DRAFTERS);
        }
        docs.unclassifiedTitle(c, id, v.title());
        return docs.step(c, id, ReviewAction.UPDATE, null, DocumentStore.update(v, Instant.now()));
    }

    @POST
    @Path("{id: \\d+}/submit")
    @OperationId("submitDocument")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY}, over = DRAFTERS_OVER)
    @Summary("Gửi tài liệu lên để duyệt")
    public DocumentDetail submit(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        docs.target(c, id, Access.DRAFTERS);
        return docs.step(c, id, ReviewAction.SUBMIT, null, (em, e) -> { });
    }

    /** A reviewer's comment. */
    public record CommentRequest(@Description("Ý kiến của người duyệt") String comment) {
    }

    @POST
    @Path("{id: \\d+}/return")
    @OperationId("returnDocument")
    @Roles(value = Role.REVIEWER, over = "the document's owner")
    @Summary("Trả lại tài liệu kèm ý kiến")
    public DocumentDetail sendBack(@Context SecurityContext sc, @PathParam("id") long id, CommentRequest body) {
        Caller c = Callers.of(sc);
        docs.target(c, id, ReviewAction.RETURN.role());
        return docs.step(c, id, ReviewAction.RETURN, DocumentValidation.comment(body == null ? null : body.comment()),
                (em, e) -> { });
    }

    @POST
    @Path("{id: \\d+}/approve")
    @OperationId("approveDocument")
    @Roles(value = Role.REVIEWER, over = "the document's owner; never its own author")
    @Summary("Duyệt và ban hành tài liệu; văn bản bị thay thế/sửa đổi được cập nhật tình trạng hiệu lực")
    public DocumentDetail approve(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        docs.target(c, id, ReviewAction.APPROVE.role());
        review.requireIndependentReviewer(c, store.authors(id), DocumentsModule.ID, "document", String.valueOf(id));
        return docs.step(c, id, ReviewAction.APPROVE, null, // the store publishes the related documents' changes too
                DocumentStore.approval(c, Instant.now(), owner -> docs.auth.holds(c, owner, Role.REVIEWER)));
    }

    @POST
    @Path("{id: \\d+}/archive")
    @OperationId("archiveDocument")
    @Roles(value = Role.REVIEWER, over = "the document's owner")
    @Summary("Gỡ tài liệu đã ban hành (lưu trữ)")
    public DocumentDetail archive(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        docs.target(c, id, ReviewAction.ARCHIVE.role());
        return docs.step(c, id, ReviewAction.ARCHIVE, null, (em, e) -> { });
    }

    /** A new legal status. */
    public record LegalStatusRequest(@Description("IN_FORCE, AMENDED, REPLACED hoặc EXPIRED") String status) {
    }

    @POST
    @Path("{id: \\d+}/legal-status")
    @OperationId("setDocumentLegalStatus")
    @Roles(value = Role.REVIEWER, over = "the document's owner")
    @Summary("Cập nhật tình trạng hiệu lực (người duyệt), ví dụ EXPIRED khi văn bản hết hiệu lực")
    public DocumentDetail legalStatus(@Context SecurityContext sc, @PathParam("id") long id, LegalStatusRequest body) {
        Caller c = Callers.of(sc);
        docs.target(c, id, Role.REVIEWER);
        LegalStatus s = DocumentQuery.legalStatus(body == null ? null : body.status());
        Doc d = store.legalStatus(id, s, c, Instant.now());
        docs.audit.record(c, DocumentsModule.ID + ".status", "document", String.valueOf(id), s.name());
        return docs.managed(c, d);
    }
}
