package vn.sotay.platform.rest.internal.resource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** Granting and revoking roles inside one's own subtree. */
@Component(service = RoleResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleResource {
    private final AuthorizationService authz;
    private final AccountService accounts;

    /** A grant request: the account (or the member whose account it is), the role, the node. */
    public record GrantRequest(Long accountId, Long memberId, String role, Long orgId) {
    }

    @Activate
    public RoleResource(@Reference AuthorizationService authz, @Reference AccountService accounts) {
        this.authz = authz;
        this.accounts = accounts;
    }

    @POST
    @Summary("Cấp vai trò tại một đơn vị (cấp ủy cấp trên hoặc quản trị)")
    @OperationId("grantRole")
    @Roles(value = Role.COMMITTEE, over = "orgId, from a unit above it (ADMIN: ADMIN)")
    @Returns(value = RoleGrant.class, status = 201)
    public Response grant(GrantRequest body, @Context SecurityContext sc) {
        Resources.body(body);
        RoleGrant g = authz.grant(Callers.of(sc), account(body.accountId(), body.memberId()), role(body.role()),
                Resources.required(body.orgId(), "orgId"));
        return Response.status(Response.Status.CREATED).entity(g).build();
    }

    @DELETE
    @Summary("Thu hồi vai trò")
    @OperationId("revokeRole")
    @Roles(value = Role.COMMITTEE, over = "orgId, from a unit above it (ADMIN: ADMIN)")
    public void revoke(@QueryParam("accountId") Long accountId, @QueryParam("memberId") Long memberId,
            @Description(values = Role.class) @QueryParam("role") String role, @QueryParam("orgId") Long orgId, @Context SecurityContext sc) {
        authz.revoke(Callers.of(sc), account(accountId, memberId), role(role), Resources.required(orgId, "orgId"));
    }

    private long account(Long accountId, Long memberId) {
        if (accountId != null) {
            return accountId;
        }
        Resources.required(memberId, "accountId");
        // the same 404 for a member outside the caller's scope, unknown, or without an account (no oracle)
        return accounts.accountOf(memberId).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tài khoản "
                + "của đảng viên này trong phạm vi quản lý của bạn (đặt mật khẩu để tạo tài khoản trước)."));
    }

    private static Role role(String role) {
        Resources.required(role, "role");
        try {
            return Role.valueOf(role.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("role", "Vai trò không hợp lệ: " + role);
        }
    }
}
