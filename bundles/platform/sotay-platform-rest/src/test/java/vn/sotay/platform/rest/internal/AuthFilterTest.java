package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.rest.Public;

/** Bearer and cookie authentication, and the CSRF double-submit check of {@link BrowserSession}. */
class AuthFilterTest {
    static final String TOKEN = "session-token-1";
    static final Caller ALICE = new Caller(7, 70L, "Nguyễn Thị An", 12L, List.of());

    /** What the filter did to one request. */
    static final class Outcome {
        Response aborted;
        SecurityContext context;
    }

    @Test
    void cookieAuthenticatesSafeRequestsWithoutCsrf() {
        Outcome o = run("GET", Map.of(), Map.of(BrowserSession.SESSION_COOKIE, TOKEN), "secured");
        assertNull(o.aborted);
        assertEquals(ALICE, o.context.getUserPrincipal());
        assertEquals("Cookie", o.context.getAuthenticationScheme());
    }

    @Test
    void unsafeCookieRequestWithoutOrWithWrongCsrfIs403() {
        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of(BrowserSession.CSRF_HEADER, "forged"),
                Map.of(BrowserSession.CSRF_HEADER, BrowserSession.csrf("another-token")))) {
            Outcome o = run("POST", headers, Map.of(BrowserSession.SESSION_COOKIE, TOKEN), "secured");
            assertEquals(403, o.aborted.getStatus(), headers.toString());
            assertTrue(o.aborted.getMediaType().toString().startsWith("application/problem+json"));
            assertNull(o.context);
        }
    }

    @Test
    void unsafeCookieRequestWithCsrfPasses() {
        Outcome o = run("DELETE", Map.of(BrowserSession.CSRF_HEADER, BrowserSession.csrf(TOKEN)),
                Map.of(BrowserSession.SESSION_COOKIE, TOKEN), "secured");
        assertNull(o.aborted);
        assertEquals(ALICE, o.context.getUserPrincipal());
    }

    @Test
    void publicMethodTreatsForgedCookieRequestAsAnonymous() {
        Outcome o = run("POST", Map.of(), Map.of(BrowserSession.SESSION_COOKIE, TOKEN), "open");
        assertNull(o.aborted);
        assertNull(o.context);
    }

    @Test
    void bearerNeedsNoCsrfAndWinsOverTheCookie() {
        Outcome o = run("POST", Map.of("Authorization", "Bearer " + TOKEN),
                Map.of(BrowserSession.SESSION_COOKIE, "unknown"), "secured");
        assertNull(o.aborted);
        assertEquals("Bearer", o.context.getAuthenticationScheme());
    }

    @Test
    void unknownCookieIs401() {
        Outcome o = run("GET", Map.of(), Map.of(BrowserSession.SESSION_COOKIE, "expired"), "secured");
        assertEquals(401, o.aborted.getStatus());
    }

    @Test
    void cookiesAreHttpOnlyStrictAndSecureOnHttps() {
        String[] open = BrowserSession.open(TOKEN, true);
        assertTrue(open[0].startsWith("SOTAY_SESSION=" + TOKEN + ";"));
        assertTrue(open[0].contains("HttpOnly") && open[0].contains("SameSite=Strict") && open[0].contains("Secure")
                && open[0].contains("Path=/"));
        assertTrue(open[1].startsWith("SOTAY_CSRF=" + BrowserSession.csrf(TOKEN) + ";"));
        assertFalse(open[1].contains("HttpOnly"), "page script must read the CSRF cookie");
        assertFalse(BrowserSession.open(TOKEN, false)[0].contains("Secure"));
        for (String c : BrowserSession.clear(false)) {
            assertTrue(c.contains("Max-Age=0"), c);
        }
        assertFalse(BrowserSession.csrf(TOKEN).contains(TOKEN));
        assertEquals(BrowserSession.csrf(TOKEN), BrowserSession.csrf(TOKEN));
    }

    // ---------------------------------------------------------------------------------------------

    public static class Target {
        public void secured() {
        }

        @Public
        public void open() {
        }
    }

    private static Outcome run(String method, Map<String, String> headers, Map<String, String> cookies, String target) {
        AccountService accounts = proxy(AccountService.class, (m, args) -> m.getName().equals("authenticate")
                ? (TOKEN.equals(args[0]) ? Optional.of(ALICE) : Optional.empty()) : null);
        Outcome out = new Outcome();
        Map<String, Cookie> jar = new HashMap<>();
        cookies.forEach((k, v) -> jar.put(k, new Cookie(k, v)));
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (m, args) -> switch (m.getName()) {
            case "getHeaderString" -> headers.get((String) args[0]);
            case "getCookies" -> jar;
            case "getMethod" -> method;
            case "abortWith" -> { out.aborted = (Response) args[0]; yield null; }
            case "setSecurityContext" -> { out.context = (SecurityContext) args[0]; yield null; }
            default -> null;
        });
        ResourceInfo info = proxy(ResourceInfo.class, (m, args) -> switch (m.getName()) {
            case "getResourceMethod" -> method(target);
            case "getResourceClass" -> Target.class;
            default -> null;
        });
        AuthFilter filter = new AuthFilter(accounts);
        try {
            Field f = AuthFilter.class.getDeclaredField("resource");
            f.setAccessible(true);
            f.set(filter, info);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        filter.filter(request);
        return out;
    }

    private static Method method(String name) {
        try {
            return Target.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    interface Handler {
        Object call(Method m, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler h) {
        return (T) Proxy.newProxyInstance(AuthFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> h.call(m, args));
    }
}
