package vn.sotay.platform.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.rest.Public;

/** Bearer authentication for every resource; methods marked {@link Public} also answer anonymous requests. */
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
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = accounts.authenticate(header.substring(7).trim()).orElse(null);
        }
        if (caller != null) {
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerContext(caller, secure));
        } else if (!isPublic()) {
            request.abortWith(ProblemMapper.toResponse(ProblemException.unauthorized(header == null
                    ? "Vui lòng đăng nhập." : "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.")));
        }
    }

    private boolean isPublic() {
        Method m = resource.getResourceMethod();
        Class<?> c = resource.getResourceClass();
        return (m != null && m.isAnnotationPresent(Public.class)) || (c != null && c.isAnnotationPresent(Public.class));
    }

    /** The caller as the JAX-RS security context. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override public Principal getUserPrincipal() { return caller; }
        @Override public boolean isUserInRole(String role) { return false; }
        @Override public boolean isSecure() { return secure; }
        @Override public String getAuthenticationScheme() { return "Bearer"; }
    }
}
