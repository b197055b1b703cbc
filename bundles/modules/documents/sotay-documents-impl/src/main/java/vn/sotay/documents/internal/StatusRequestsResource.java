package vn.sotay.documents.internal;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** The reviewers' queue of legal-status changes another authority's approval asked for (/api/documents/status-requests). */
@Component(service = StatusRequestsResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("status-requests")
@Produces(MediaType.APPLICATION_JSON)
public class StatusRequestsResource {
    private final StatusRequests requests;
    private final DocumentStore store;
    private final AuthorizationService auth;
    private final AuditService audit;

    /**
     * A request as its reviewers see it: the document whose legal status would change, the new
     * status, and the approved document that asks for it (number and title only where the caller
     * may read it).
     */
    public record StatusRequestView(long id, long documentId, String documentNumber, String documentTitle,
            String legalStatus, String legalStatusLabel, long sourceId, String sourceNumber, String sourceTitle,
            String requestedByName, Instant requestedAt, String outcome) {
    }

    @Activate
    public StatusRequestsResource(@Reference StatusRequests requests, @Reference DocumentStore store,
            @Reference AuthorizationService auth, @Reference AuditService audit) {
        this.requests = requests;
        this.store = store;
        this.auth = auth;
        this.audit = audit;
    }

    @GET
    @Summary("Đề nghị cập nhật tình trạng hiệu lực đang chờ: văn bản khác được duyệt thay thế/sửa đổi tài liệu "
            + "trong phạm vi tôi duyệt")
    @OperationId("listDocumentStatusRequests")
    public List<StatusRequestView> pending(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        Library lib = store.library(); // both ends are published documents: no query per request
        return requests.pending().stream().map(r -> view(c, r, lib)).filter(v -> v != null).toList();
    }

    @POST
    @Path("{rid: \\d+}/accept")
    @Summary("Chấp nhận đề nghị: tài liệu chuyển sang tình trạng hiệu lực được đề nghị (người duyệt của tài liệu)")
    @OperationId("acceptDocumentStatusRequest")
    @Roles(value = Role.REVIEWER, over = "the target document's owner")
    public StatusRequestView accept(@Context SecurityContext sc, @PathParam("rid") long rid) {
        return resolve(Callers.of(sc), rid, true);
    }

    @POST
    @Path("{rid: \\d+}/reject")
    @Summary("Từ chối đề nghị: tình trạng hiệu lực của tài liệu giữ nguyên (người duyệt của tài liệu)")
    @OperationId("rejectDocumentStatusRequest")
    @Roles(value = Role.REVIEWER, over = "the target document's owner")
    public StatusRequestView reject(@Context SecurityContext sc, @PathParam("rid") long rid) {
        return resolve(Callers.of(sc), rid, false);
    }

    private StatusRequestView resolve(Caller c, long rid, boolean accept) {
        StatusRequests.Request r = requests.find(rid).orElseThrow(StatusRequestsResource::notFound);
        Doc target = store.find(r.targetId()).orElseThrow(StatusRequestsResource::notFound);
        if (!auth.holds(c, target.ownerOrgId(), Role.REVIEWER)) {
            throw notFound(); // requests exist only for the target's reviewers: no one else learns of them
        }
        StatusRequests.Request done = requests.resolve(rid, accept, c, Instant.now());
        audit.record(c, DocumentsModule.ID + ".status-request." + (accept ? "accept" : "reject"), "document",
                String.valueOf(r.targetId()), r.status().name());
        return view(c, done, store.library());
    }

    /** The view, or {@code null} when the caller does not review the target document. */
    private StatusRequestView view(Caller c, StatusRequests.Request r, Library lib) {
        Doc target = lib.byId().containsKey(r.targetId()) ? lib.byId().get(r.targetId())
                : store.find(r.targetId()).orElse(null);
        if (target == null || !auth.holds(c, target.ownerOrgId(), Role.REVIEWER)) {
            return null;
        }
        Doc source = lib.byId().get(r.sourceId());
        source = source != null && Access.readable(auth, c, source) ? source : null;
        return new StatusRequestView(r.id(), target.id(), target.number(), target.title(), r.status().name(),
                r.status().label, r.sourceId(), source == null ? null : source.number(),
                source == null ? null : source.title(), r.requestedByName(), r.requestedAt(), r.outcome());
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy đề nghị.");
    }
}
