package ${package}.internal;

import java.util.List;

import javax.ws.rs.Consumes;
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

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code /api/${moduleId}}: every method needs a bearer token (no {@code @Public}); failures are
 * {@code ProblemException}s with Vietnamese messages. Add a row per operation to the authorisation
 * matrix in docs/security.md.
 */
@Component(service = ${moduleClass}Resource.class,
        property = {SotayModule.MODULE + "=" + ${moduleClass}Module.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ${moduleClass}Resource {
    private final ${moduleClass}Store store;
    private final OrgService orgs;

    @Activate
    public ${moduleClass}Resource(@Reference ${moduleClass}Store store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @GET
    @Summary("Danh sách gửi tới chi bộ của tôi hoặc cấp trên")
    public Page<Item> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);          // 400 "cursor" when malformed
        int max = Cursors.limit(limit);               // 400 "limit" outside 1..100; default 20
        if (c.cellId() == null) {
            return new Page<>(List.of(), null);
        }
        List<Long> path = orgs.tree().pathIds(c.cellId());
        return Page.ofOffset(store.addressedTo(path, offset, max + 1), offset, max);
    }
}
