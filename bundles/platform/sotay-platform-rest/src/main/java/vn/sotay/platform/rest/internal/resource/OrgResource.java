package vn.sotay.platform.rest.internal.resource;

import java.util.List;

import javax.ws.rs.GET;
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
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** The organisation tree, read from the in-memory snapshot. */
@Component(service = OrgResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("org")
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {
    private final OrgService orgs;
    private final AuthorizationService authz;

    /** A node with its children, for the tree view. */
    public record TreeNode(long id, String code, String name, String type, Long parentId, List<TreeNode> children) {
    }

    @Activate
    public OrgResource(@Reference OrgService orgs, @Reference AuthorizationService authz) {
        this.orgs = orgs;
        this.authz = authz;
    }

    @GET
    @Path("tree")
    @Summary("Toàn bộ cây tổ chức")
    @OperationId("getOrgTree")
    public List<TreeNode> tree(@Context SecurityContext sc) {
        Callers.of(sc);
        OrgTree t = orgs.tree();
        return t.roots().stream().map(r -> node(t, r)).toList();
    }

    private static TreeNode node(OrgTree t, OrgNode n) {
        return new TreeNode(n.id(), n.code(), n.name(), n.type().name(), n.parentId(),
                t.children(n.id()).stream().map(c -> node(t, c)).toList());
    }

    @GET
    @Path("{id}")
    @Summary("Một đơn vị")
    @OperationId("getOrgUnit")
    public OrgNode get(@PathParam("id") long id, @Context SecurityContext sc) {
        Callers.of(sc);
        return orgs.get(id).orElseThrow(() -> ProblemException.notFound("Không tìm thấy đơn vị."));
    }

    @GET
    @Path("{id}/children")
    @Summary("Các đơn vị trực thuộc")
    @OperationId("listOrgChildren")
    public List<OrgNode> children(@PathParam("id") long id, @Context SecurityContext sc) {
        get(id, sc);
        return orgs.tree().children(id);
    }

    @GET
    @Path("{id}/subtree")
    @Summary("Toàn bộ cây con của một đơn vị (phân trang), cho cấp ủy và quản trị của đơn vị")
    @OperationId("listOrgSubtree")
    @Roles(value = Role.COMMITTEE, over = "the unit")
    public Page<OrgNode> subtree(@PathParam("id") long id, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        get(id, sc);
        authz.require(c, id, Role.SECRETARY, Role.COMMITTEE);
        int offset = Cursors.offset(cursor);
        int n = Cursors.limit(limit);
        return Page.ofOffset(orgs.subtree(id, offset, n + 1), offset, n);
    }
}
