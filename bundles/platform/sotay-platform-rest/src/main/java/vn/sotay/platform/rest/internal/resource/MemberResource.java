package vn.sotay.platform.rest.internal.resource;

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
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** Party members, for staff over their subtree and for members themselves. */
@Component(service = MemberResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MemberService members;
    private final AuthorizationService authz;

    @Activate
    public MemberResource(@Reference MemberService members, @Reference AuthorizationService authz) {
        this.members = members;
        this.authz = authz;
    }

    @GET
    @Summary("Danh sách đảng viên trong cây con của một đơn vị; q lọc theo tên, số điện thoại hoặc số thẻ")
    @OperationId("listMembers")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "org")
    public Page<Member> list(@QueryParam("org") Long org, @QueryParam("q") String q, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        Resources.required(org, "org");
        return members.list(Callers.of(sc), org, q, cursor, Cursors.limit(limit));
    }

    @GET
    @Path("me")
    @Summary("Hồ sơ đảng viên của chính mình")
    @OperationId("getOwnMember")
    public Member me(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        return c.memberId() == null ? null : get(c.memberId(), sc);
    }

    @GET
    @Path("{id}")
    @Summary("Một đảng viên (chính mình, hoặc đảng viên trong phạm vi quản lý)")
    @OperationId("getMember")
    @Roles(value = {Role.MEMBER, Role.SECRETARY, Role.COMMITTEE}, over = "the member's cell (a member: only themselves)")
    public Member get(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        Member m = members.get(id).orElse(null);
        boolean self = c.memberId() != null && c.memberId() == id;
        if (m == null || !(self || authz.holds(c, m.cellId(), Role.SECRETARY, Role.COMMITTEE))) {
            throw ProblemException.notFound("Không tìm thấy đảng viên.");
        }
        return m;
    }
}
