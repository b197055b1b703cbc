package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;

/** Which answers get {@code Cache-Control: no-store}. */
class SecurityHeadersTest {
    static final Caller ALICE = new Caller(7, 70L, "Nguyễn Thị An", 12L, List.of());

    static ContainerRequestContext request(String method, Caller caller, String authorization, boolean cookie) {
        SecurityContext sc = (SecurityContext) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (p, m, a) -> "getUserPrincipal".equals(m.getName())
                        ? (Principal) caller : null);
        return (ContainerRequestContext) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getSecurityContext" -> sc;
                    case "getHeaderString" -> "Authorization".equalsIgnoreCase((String) a[0]) ? authorization : null;
                    case "getCookies" -> cookie ? Map.of(BrowserSession.SESSION_COOKIE,
                            new Cookie(BrowserSession.SESSION_COOKIE, "t")) : Map.of();
                    default -> null;
                });
    }

    @Test
    void everyAnswerToACallerIsNoStoreEvenWhenTheResourceSetItsOwnCaching() {
        assertTrue(SecurityHeaders.noStore(request("GET", ALICE, "Bearer x", false), 200, false));
        assertTrue(SecurityHeaders.noStore(request("GET", ALICE, null, true), 304, false), "a revalidation too");
        assertTrue(SecurityHeaders.noStore(request("POST", ALICE, "Bearer x", false), 201, false));
    }

    @Test
    void credentialsUnsafeMethodsAndErrorsAreNoStoreWithoutACaller() {
        assertTrue(SecurityHeaders.noStore(request("GET", null, "Bearer expired", false), 401, false));
        assertTrue(SecurityHeaders.noStore(request("GET", null, null, true), 200, false), "a session cookie");
        assertTrue(SecurityHeaders.noStore(request("POST", null, null, false), 200, false), "login answers carry tokens");
        assertTrue(SecurityHeaders.noStore(request("GET", null, null, false), 404, false));
    }

    @Test
    void anonymousSuccessesAndCacheableContentKeepTheirOwnCaching() {
        assertFalse(SecurityHeaders.noStore(request("GET", null, null, false), 200, false), "GET /api/ping");
        assertFalse(SecurityHeaders.noStore(request("GET", ALICE, "Bearer x", false), 200, true),
                "an immutable image keeps max-age for a signed-in phone");
        assertTrue(SecurityHeaders.noStore(request("GET", ALICE, "Bearer x", false), 404, true),
                "but not its errors");
    }
}
