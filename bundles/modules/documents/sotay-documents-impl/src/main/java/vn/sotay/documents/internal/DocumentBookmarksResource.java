package vn.sotay.documents.internal;

import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Summary;
import vn.sotay.documents.internal.Views.DocumentItem;
import vn.sotay.spi.module.SotayModule;

/** A member's bookmarks: documents kept to read later ({@code /api/documents/bookmarks}, {@code /{id}/bookmark}). */
@Component(service = DocumentBookmarksResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentBookmarksResource {
    private final DocumentActions docs;
    private final DocumentStore store;

    @Activate
    public DocumentBookmarksResource(@Reference DocumentActions docs) {
        this.docs = docs;
        this.store = docs.store;
    }

    @GET
    @Path("bookmarks")
    @OperationId("listDocumentBookmarks")
    @Summary("Tài liệu tôi đã lưu để xem sau, mới lưu trước")
    public Page<DocumentItem> bookmarks(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        Library lib = store.library();
        List<DocumentItem> all = store.bookmarks(c.accountId()).stream().map(lib.byId()::get)
                .filter(d -> d != null && docs.auth.canRead(c, d.audienceOrgId())).skip(offset).limit(max + 1L)
                .map(d -> Views.item(d, true, false)).toList();
        return Page.ofOffset(all, offset, max);
    }

    @PUT
    @Path("{id: \\d+}/bookmark")
    @OperationId("bookmarkDocument")
    @Returns(status = 201)
    @Summary("Lưu tài liệu để xem sau (201; 204 khi đã lưu từ trước)")
    public Response bookmark(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Doc d = docs.visible(c, id);
        if (!d.published()) {
            throw ProblemException.conflict("Chỉ lưu được tài liệu đã ban hành.");
        }
        return store.bookmark(c.accountId(), id, Instant.now()) ? Response.status(201).build() : Response.noContent().build();
    }

    @DELETE
    @Path("{id: \\d+}/bookmark")
    @OperationId("unbookmarkDocument")
    @Returns(status = 204)
    @Summary("Bỏ lưu tài liệu")
    public Response unbookmark(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        store.unbookmark(c.accountId(), id);
        return Response.noContent().build();
    }
}
