package vn.sotay.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * The browser session contract of the REST layer (used by the CMS; bearer clients never see it).
 *
 * <ul>
 * <li>{@code POST /api/auth/session} opens a session ({@code AccountService.openSession}) and sets
 * two cookies, both {@code Path=/; SameSite=Strict}, plus {@code Secure} when the request came over
 * HTTPS (directly or per {@code X-Forwarded-Proto}):
 * <ul>
 * <li>{@value #SESSION_COOKIE}: the session token, {@code HttpOnly}: page script can never read it;</li>
 * <li>{@value #CSRF_COOKIE}: the CSRF token, readable by page script: {@link #csrf(String)} of the
 * session token (base64url of SHA-256 of {@code "csrf:" + token}), so the server keeps no state
 * for it and it cannot be made up without the session token.</li>
 * </ul></li>
 * <li>Every request authenticated by the cookie with an unsafe method (anything but
 * {@code GET}, {@code HEAD}, {@code OPTIONS}) must echo the CSRF cookie's value in the
 * {@value #CSRF_HEADER} header (double submit). Otherwise it is refused with {@code 403}
 * problem+json, or, on a {@code @Public} method, treated as anonymous.</li>
 * <li>An {@code Authorization: Bearer} header wins over the cookie; bearer requests need no CSRF
 * header (a cross-site page cannot set that header).</li>
 * <li>The session ends after the configured idle time or by {@code DELETE /api/auth/session},
 * which revokes the token server-side and expires both cookies.</li>
 * </ul>
 */
public final class BrowserSession {
    /** HttpOnly cookie carrying the session token. */
    public static final String SESSION_COOKIE = "SOTAY_SESSION";
    /** Script-readable cookie carrying the CSRF token. */
    public static final String CSRF_COOKIE = "SOTAY_CSRF";
    /** Request header echoing {@link #CSRF_COOKIE} on unsafe methods. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private BrowserSession() {
    }

    /** The CSRF token bound to a session token. */
    public static String csrf(String sessionToken) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(("csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when a request with this method needs no CSRF header. */
    public static boolean safe(String method) {
        return SAFE.contains(method);
    }

    /** True when {@code header} is the CSRF token of {@code sessionToken} (constant-time comparison). */
    public static boolean csrfMatches(String sessionToken, String header) {
        return header != null && MessageDigest.isEqual(csrf(sessionToken).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code Set-Cookie} values opening a session. */
    public static String[] open(String sessionToken, boolean secure) {
        return new String[] {cookie(SESSION_COOKIE, sessionToken, true, secure, false),
                cookie(CSRF_COOKIE, csrf(sessionToken), false, secure, false)};
    }

    /** {@code Set-Cookie} values expiring both cookies. */
    public static String[] clear(boolean secure) {
        return new String[] {cookie(SESSION_COOKIE, "", true, secure, true), cookie(CSRF_COOKIE, "", false, secure, true)};
    }

    /** One cookie; session cookies (no Max-Age) so closing the browser also drops them. */
    static String cookie(String name, String value, boolean httpOnly, boolean secure, boolean expire) {
        return name + "=" + value + "; Path=/; SameSite=Strict" + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : "")
                + (expire ? "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" : "");
    }
}
