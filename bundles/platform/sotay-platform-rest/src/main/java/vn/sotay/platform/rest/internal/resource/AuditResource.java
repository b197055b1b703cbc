package vn.sotay.platform.rest.internal.resource;

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

import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditEntry;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;

/** The audit log, newest first, for provincial administrators. */
@Component(service = AuditResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Urgency(Urgency.Level.DEFERRABLE)
public class AuditResource {
    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Summary("Nhật ký thao tác ghi (ai, khi nào, làm gì, trên đối tượng nào)")
    @OperationId("listAuditEntries")
    @Roles(value = Role.ADMIN, over = "a root of the tree")
    public Page<AuditEntry> list(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        return audit.list(Callers.of(sc), objectType, objectId, cursor, Cursors.limit(limit));
    }
}
