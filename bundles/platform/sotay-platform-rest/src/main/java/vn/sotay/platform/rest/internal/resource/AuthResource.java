package vn.sotay.platform.rest.internal.resource;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.LoginResult;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** Login, logout, the caller, password change. */
@Component(service = AuthResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AccountService accounts;

    /** Login request: phone number or party card number, and password. */
    public record Login(String login, String password) {
    }

    /** Password change request. */
    public record PasswordChange(String oldPassword, String newPassword) {
    }

    @Activate
    public AuthResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("login")
    @Public
    @Summary("Đăng nhập bằng số điện thoại hoặc số thẻ đảng viên; trả về mã truy cập (bearer token)")
    public LoginResult login(Login body, @Context HttpServletRequest request) {
        Resources.body(body);
        return accounts.login(body.login(), body.password(), request == null ? null : request.getRemoteAddr());
    }

    @POST
    @Path("logout")
    @Summary("Đăng xuất: thu hồi mã truy cập hiện tại")
    public void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        accounts.logout(authorization.substring(7).trim());
    }

    @GET
    @Path("me")
    @Summary("Người dùng hiện tại và các vai trò")
    public Caller me(@Context SecurityContext sc) {
        return Callers.of(sc);
    }

    @POST
    @Path("password")
    @Summary("Đổi mật khẩu của chính mình")
    public void changePassword(PasswordChange body, @Context SecurityContext sc) {
        Resources.body(body);
        accounts.changePassword(Callers.of(sc), body.oldPassword(), body.newPassword());
    }
}
