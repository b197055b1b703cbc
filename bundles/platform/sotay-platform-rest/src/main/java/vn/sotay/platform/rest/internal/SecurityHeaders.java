package vn.sotay.platform.rest.internal;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.Caller;
import vn.sotay.api.rest.CacheableContent;

/**
 * The security headers of every {@code /api} answer, problem answers included (401 of
 * {@link AuthFilter}, mapped exceptions, unknown paths): {@code nosniff}, no referrer, no framing, a
 * CSP that lets a JSON answer opened as a page do nothing, and {@code Cache-Control: no-store} on
 * whatever may be private (see {@link #noStore}).
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class SecurityHeaders implements ContainerResponseFilter {
    public static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Referrer-Policy", "no-referrer");
        h.putSingle("Content-Security-Policy", CSP);
        h.putSingle("X-Frame-Options", "DENY");
        if (noStore(request, response.getStatus(), cacheable())) {
            h.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            h.remove("Expires");
            h.remove("Pragma");
        }
    }

    /**
     * True unless the answer is one a shared cache could keep without harm: a success (below 400)
     * to an anonymous {@code GET}/{@code HEAD} that carried no credentials, or an answer of a
     * {@link CacheableContent} method (which keeps its own {@code Cache-Control}).
     */
    static boolean noStore(ContainerRequestContext request, int status, boolean cacheable) {
        if (cacheable && status < 400) {
            return false;
        }
        boolean caller = request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof Caller;
        boolean credentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().containsKey(BrowserSession.SESSION_COOKIE);
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return caller || credentials || !safe || status >= 400;
    }

    private boolean cacheable() {
        Method m = resource == null ? null : resource.getResourceMethod();
        return m != null && m.isAnnotationPresent(CacheableContent.class);
    }
}
