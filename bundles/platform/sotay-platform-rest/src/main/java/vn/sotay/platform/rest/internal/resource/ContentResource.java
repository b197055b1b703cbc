package vn.sotay.platform.rest.internal.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.spi.module.SotayModule;

/** Content references resolved for the caller: what a client shows for a meeting's materials or a cited document. */
@Component(service = ContentResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("content")
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {
    private final ContentService content;

    @Activate
    public ContentResource(@Reference ContentService content) {
        this.content = content;
    }

    @GET
    @Summary("Tra cứu các tham chiếu nội dung (ref=document:12&ref=article:5, tối đa 40): tiêu đề và đường dẫn "
            + "những gì tôi được xem, còn lại là «không còn xem được»")
    @OperationId("resolveContent")
    public List<ResolvedContent> resolve(@QueryParam("ref") List<String> refs, @Context SecurityContext sc) {
        if (refs == null || refs.isEmpty()) {
            throw ProblemException.invalid("ref", "Thiếu tham chiếu (ref=loại:mã).");
        }
        if (refs.size() > ContentService.MAX_REFS) {
            throw ProblemException.invalid("ref", "Tối đa " + ContentService.MAX_REFS + " tham chiếu mỗi lần.");
        }
        return content.resolve(Callers.of(sc), refs.stream().map(ContentRef::parse).toList());
    }
}
