package vn.sotay.api.rest;

import javax.ws.rs.core.SecurityContext;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;

/** Obtains the {@link Caller} inside a JAX-RS resource method. */
public final class Callers {
    private Callers() {
    }

    /**
     * The caller of the current request, from {@code @Context SecurityContext}; 401 when anonymous
     * (only reachable from {@link Public} methods).
     */
    public static Caller of(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof Caller c) {
            return c;
        }
        throw ProblemException.unauthorized("Vui lòng đăng nhập.");
    }
}
