package vn.sotay.documents.internal;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.documents.internal.Views.AttachmentView;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.api.files.Uploads;

/** A document's files ({@code /api/documents/{id}/attachments}): download, attach, detach. */
@Component(service = DocumentAttachmentsResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("{id: \\d+}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentAttachmentsResource {
    static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.PNG, FileKind.JPEG);

    private final DocumentActions docs;
    private final DocumentStore store;
    private final AttachmentFiles files;

    @Activate
    public DocumentAttachmentsResource(@Reference DocumentActions docs, @Reference AttachmentFiles files) {
        this.docs = docs;
        this.store = docs.store;
        this.files = files;
    }

    @GET
    @Path("{aid: \\d+}")
    @Produces(MediaType.WILDCARD)
    @OperationId("downloadDocumentAttachment")
    @Returns(value = byte[].class, mediaType = MediaType.WILDCARD)
    @Summary("Tải tệp đính kèm, với đúng kiểu và tên tệp")
    public Response download(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("aid") long aid) {
        Caller c = Callers.of(sc);
        Doc d = docs.visible(c, id);
        Doc.Attachment a = d.attachments().stream().filter(x -> x.id() == aid).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tệp đính kèm."));
        java.nio.file.Path file = files.bytes(a.sha256())
                .orElseThrow(() -> ProblemException.notFound("Tệp đính kèm không còn trên máy chủ."));
        if (d.published()) {
            store.countDownload(id, c.cellId() != null ? c.cellId() : d.audienceOrgId(), LocalDate.now(Access.ZONE));
        }
        return Response.ok(file.toFile(), a.kind().mediaType())
                .header("Content-Disposition", disposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @OperationId("attachDocumentFile")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY}, over = "the document's owner (ownerOrgId)")
    @Returns(value = AttachmentView.class, status = 201)
    @Summary("Đính kèm tệp PDF, DOCX, PNG hoặc JPEG (tối đa 20 MB): thân yêu cầu là nội dung tệp, name= là tên "
            + "tệp; tệp được kiểm tra theo nội dung và nội dung chữ được đưa vào tìm kiếm")
    public Response attach(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id,
            @Description("Tên tệp, ví dụ nghi-quyet.pdf (tối đa 255 ký tự)") @QueryParam("name") String name, InputStream body) {
        AttachmentView v = attach(Callers.of(sc), id, name, body);
        return Response.created(uri.getBaseUriBuilder().path(v.url().substring("/api/".length())).build()).entity(v)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Streams the upload to a temporary file, inspects it, and only then stores and attaches it. */
    AttachmentView attach(Caller c, long id, String name, InputStream body) {
        Doc d = docs.target(c, id, Access.DRAFTERS);
        ReviewAction.UPDATE.apply(d.reviewStatus(), DocumentStore.NOUN);
        String fileName = Uploads.fileName(name, "nghi-quyet.pdf");
        java.nio.file.Path tmp = files.receive(body, AttachmentFiles.MAX_BYTES);
        Doc.Attachment a;
        try {
            InspectedFile f = docs.unclassified(c, id,
                    () -> docs.inspector.inspect(fileName, tmp, ACCEPTED, AttachmentFiles.MAX_BYTES));
            files.keep(tmp, f);
            a = store.attach(id, fileName, f, c, Instant.now());
        } finally {
            files.discard(tmp);
        }
        docs.audit.record(c, DocumentsModule.ID + ".attach", "document", String.valueOf(id), fileName);
        return new AttachmentView(a.id(), a.fileName(), a.kind().mediaType(), a.size(), a.pages(),
                "/api/documents/" + id + "/attachments/" + a.id());
    }

    @DELETE
    @Path("{aid: \\d+}")
    @OperationId("detachDocumentFile")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE, Role.SECRETARY}, over = "the document's owner (ownerOrgId)")
    @Returns(status = 204)
    @Summary("Gỡ tệp đính kèm (khi là bản nháp hoặc bị trả lại)")
    public Response detach(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("aid") long aid) {
        Caller c = Callers.of(sc);
        docs.target(c, id, Access.DRAFTERS);
        store.detach(id, aid, c, Instant.now());
        docs.audit.record(c, DocumentsModule.ID + ".detach", "document", String.valueOf(id), String.valueOf(aid));
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name ({@code Nghị quyết 04.pdf} survives). */
    static String disposition(String fileName) {
        String ascii = Texts.fold(fileName).replaceAll("[^A-Za-z0-9._-]+", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
