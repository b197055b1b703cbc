package vn.sotay.platform.rest.internal.resource;

import javax.ws.rs.Consumes;
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

import vn.sotay.api.auth.AccountService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.Role;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/** Administrator password reset (also creates a member's account). */
@Component(service = AccountResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    private final AccountService accounts;

    /** The new password. */
    public record PasswordReset(String password) {
    }

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("{memberId}/password")
    @Summary("Quản trị đặt lại mật khẩu (tạo tài khoản nếu chưa có)")
    @OperationId("resetMemberPassword")
    @Roles(value = Role.ADMIN, over = "the member's cell")
    public void reset(@PathParam("memberId") long memberId, PasswordReset body, @Context SecurityContext sc) {
        Resources.body(body);
        accounts.resetPassword(Callers.of(sc), memberId, body.password());
    }
}
