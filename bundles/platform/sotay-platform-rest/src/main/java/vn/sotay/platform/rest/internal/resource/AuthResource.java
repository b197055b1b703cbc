package vn.sotay.platform.rest.internal.resource;

import javax.servlet.http.HttpServletRequest;
import java.time.Instant;

import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
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
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.platform.rest.internal.BrowserSession;
import vn.sotay.platform.rest.internal.ClientAddresses;
import vn.sotay.spi.module.SotayModule;

/** Login (bearer token or browser session cookie), logout, the caller, password change. */
@Component(service = AuthResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AccountService accounts;
    private final ClientAddresses clients;

    /** Login request: phone number or party card number, and password. */
    public record Login(String login, String password) {
    }

    /** A browser session opened: no token (it is in the HttpOnly cookie), the idle expiry at login, who logged in. */
    public record SessionInfo(Instant expiresAt, Caller caller) {
    }

    /** Password change request. */
    public record PasswordChange(String oldPassword, String newPassword) {
    }

    @Activate
    public AuthResource(@Reference AccountService accounts, @Reference ClientAddresses clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    @POST
    @Path("login")
    @Public
    @Summary("Đăng nhập bằng số điện thoại hoặc số thẻ đảng viên; trả về mã truy cập (bearer token)")
    @OperationId("login")
    public LoginResult login(Login body, @Context HttpServletRequest request) {
        Resources.body(body);
        return accounts.login(body.login(), body.password(), clients.of(request));
    }

    @POST
    @Path("logout")
    @Summary("Đăng xuất: thu hồi mã truy cập hiện tại")
    @OperationId("logout")
    public void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @CookieParam(BrowserSession.SESSION_COOKIE) String cookie) {
        accounts.logout(authorization != null ? authorization.substring(7).trim() : cookie);
    }

    @POST
    @Path("session")
    @Public
    @Summary("Đăng nhập cho trình duyệt: phiên làm việc trong cookie HttpOnly kèm cookie chống giả mạo (CSRF); "
            + "phiên hết hạn khi không dùng")
    @OperationId("openBrowserSession")
    @Returns(SessionInfo.class)
    public Response openSession(Login body, @Context HttpServletRequest request) {
        Resources.body(body);
        LoginResult r = accounts.openSession(body.login(), body.password(), clients.of(request));
        Response.ResponseBuilder b = Response.ok(new SessionInfo(r.expiresAt(), r.caller()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        for (String c : BrowserSession.open(r.token(), secure(request))) {
            b.header(HttpHeaders.SET_COOKIE, c);
        }
        return b.build();
    }

    @DELETE
    @Path("session")
    @Public
    @Summary("Đăng xuất khỏi trình duyệt: thu hồi phiên làm việc và xóa cookie")
    @OperationId("closeBrowserSession")
    @Returns(status = 204)
    public Response closeSession(@CookieParam(BrowserSession.SESSION_COOKIE) String cookie,
            @HeaderParam(BrowserSession.CSRF_HEADER) String csrf, @Context HttpServletRequest request) {
        if (cookie != null && !cookie.isBlank() && BrowserSession.csrfMatches(cookie, csrf)) {
            accounts.logout(cookie);
        }
        Response.ResponseBuilder b = Response.noContent();
        for (String c : BrowserSession.clear(secure(request))) {
            b.header(HttpHeaders.SET_COOKIE, c);
        }
        return b.build();
    }

    /** HTTPS directly or behind a proxy that says so: cookies get the Secure flag. */
    private static boolean secure(HttpServletRequest request) {
        return request != null && (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
    }

    @GET
    @Path("me")
    @Summary("Người dùng hiện tại và các vai trò")
    @OperationId("getCurrentUser")
    public Caller me(@Context SecurityContext sc) {
        return Callers.of(sc);
    }

    @POST
    @Path("password")
    @Summary("Đổi mật khẩu của chính mình")
    @OperationId("changeOwnPassword")
    public void changePassword(PasswordChange body, @Context SecurityContext sc, @Context HttpServletRequest request) {
        Resources.body(body);
        accounts.changePassword(Callers.of(sc), body.oldPassword(), body.newPassword(), clients.of(request));
    }
}
