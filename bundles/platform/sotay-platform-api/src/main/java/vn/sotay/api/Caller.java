package vn.sotay.api;

import java.security.Principal;
import java.util.List;

/**
 * The authenticated person behind a request. The REST layer resolves it from the bearer token and
 * exposes it as the {@link javax.ws.rs.core.SecurityContext#getUserPrincipal() user principal};
 * resources obtain it with {@link vn.sotay.api.rest.Callers#of(javax.ws.rs.core.SecurityContext)}.
 *
 * <p>Immutable; a snapshot taken when the token was resolved. Decisions about what the caller may
 * do are never taken by inspecting {@link #grants()} directly but by
 * {@link vn.sotay.api.auth.AuthorizationService}, the one place where authorisation is decided.
 *
 * @param accountId the account that logged in
 * @param memberId  the member record of the account, or {@code null} for a technical account
 * @param name      display name (full name of the member)
 * @param cellId    the member's cell, or {@code null}
 * @param grants    explicit role grants; the implicit {@link Role#MEMBER} at {@code cellId} is included
 */
public record Caller(long accountId, Long memberId, String name, Long cellId, List<RoleGrant> grants)
        implements Principal {

    public Caller {
        grants = List.copyOf(grants);
    }

    /**
     * The platform acting on its own behalf (Karaf shell commands run by an integrator who is
     * already authenticated by the shell, demo data). Authorised everywhere. Never produced from an
     * HTTP request.
     */
    public static final Caller SYSTEM = new Caller(0, null, "Hệ thống", null, List.of());

    /** True for {@link #SYSTEM} (not named {@code isSystem} so that it is no JSON property). */
    public boolean system() {
        return this == SYSTEM;
    }

    /** The display name, as {@link Principal} wants it. */
    @Override
    public String getName() {
        return name;
    }
}
