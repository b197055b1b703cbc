package vn.sotay.platform.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.rest.Public;

/**
 * Authentication for every resource: an {@code Authorization: Bearer} token, or else the browser
 * session cookie with its CSRF check ({@link BrowserSession}). Methods marked {@link Public} also
 * answer anonymous requests.
 */
@Provider
public class AuthFilter implements ContainerRequestFilter {
    private final AccountService accounts;

    @Context
    private ResourceInfo resource;

    AuthFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller caller = null;
        String scheme = "Bearer";
        boolean presented = header != null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = accounts.authenticate(header.substring(7).trim()).orElse(null);
        } else if (header == null) {
            Cookie cookie = request.getCookies().get(BrowserSession.SESSION_COOKIE);
            String token = cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
            if (token != null && !BrowserSession.safe(request.getMethod())
                    && !BrowserSession.csrfMatches(token, request.getHeaderString(BrowserSession.CSRF_HEADER))) {
                if (!isPublic()) {
                    request.abortWith(ProblemMapper.toResponse(ProblemException.forbidden(
                            "Yêu cầu thiếu mã bảo vệ phiên làm việc (CSRF) hoặc mã không đúng. Vui lòng tải lại trang.")));
                }
                return; // a public method answers it as anonymous
            }
            if (token != null) {
                caller = accounts.authenticate(token).orElse(null);
                scheme = "Cookie";
                presented = true;
            }
        }
        if (caller != null) {
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerContext(caller, secure, scheme));
        } else if (!isPublic()) {
            request.abortWith(ProblemMapper.toResponse(ProblemException.unauthorized(!presented
                    ? "Vui lòng đăng nhập." : "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.")));
        }
    }

    private boolean isPublic() {
        Method m = resource.getResourceMethod();
        Class<?> c = resource.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }

    /** The caller as the JAX-RS security context. */
    private record CallerContext(Caller caller, boolean secure, String scheme) implements SecurityContext {
        @Override public Principal getUserPrincipal() { return caller; }
        @Override public boolean isUserInRole(String role) { return false; }
        @Override public boolean isSecure() { return secure; }
        @Override public String getAuthenticationScheme() { return scheme; }
    }
}
