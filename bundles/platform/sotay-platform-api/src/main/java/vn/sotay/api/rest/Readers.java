package vn.sotay.api.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import javax.ws.rs.core.Response;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;

/**
 * Who may be served the one copy of a {@link SharedAnswer.Sharing#READERS READERS} answer: the
 * resource declares it with the answer it makes ({@link #declare}), from the very data the answer was
 * made of, and the front door serves that copy to a caller only when {@link #admits} says so, by the
 * rules of {@link AuthorizationService} on the organisation tree the answer was made with.
 *
 * <p>A declaration is one of
 * <ul>
 *   <li>{@link #everyone()}: every signed-in caller (what every member may read);</li>
 *   <li>{@link #of(long)}: the readers of something addressed to a node, as
 *       {@link AuthorizationService#canRead} decides (members of its subtree, staff over it);</li>
 *   <li>{@link #holding(long, Role...)}: holders of a role at a node or above it, as
 *       {@link AuthorizationService#holds} decides (a staff-only page);</li>
 * </ul>
 * and may leave out, with {@link #except(Role...)}, the callers who get another answer for the same
 * request (an article's editors see its view count): they are served their own copies.
 *
 * <p>Declare only what holds for <i>every</i> caller it admits: if any part of the answer depends on
 * who asks (a flag of the member's own, a manager's extra fields, a list filtered by the caller's
 * scopes), do not declare it; the answer is then kept per audience like
 * {@link SharedAnswer.Sharing#AUDIENCE}. Immutable.
 *
 * <pre>{@code
 * Response.ResponseBuilder ok = Response.ok(view).tag(tag);
 * if (!manager) {
 *     Readers.of(article.audienceOrgId()).except(Role.EDITOR, Role.REVIEWER).declare(ok);
 * }
 * }</pre>
 *
 * @since 1.4
 */
public final class Readers {
    /**
     * The response header that carries the declaration from the resource to the answer cache. The
     * platform removes it from every answer: it never reaches a client.
     */
    public static final String HEADER = "X-Sotay-Readers";

    private enum Kind { EVERYONE, AUDIENCE, HOLDERS }

    private final Kind kind;
    private final long orgId;
    private final Role[] roles;
    private final Role[] except;

    private Readers(Kind kind, long orgId, Role[] roles, Role[] except) {
        this.kind = kind;
        this.orgId = orgId;
        this.roles = roles;
        this.except = except;
    }

    /** Every signed-in caller. */
    public static Readers everyone() {
        return new Readers(Kind.EVERYONE, 0, new Role[0], new Role[0]);
    }

    /** Whoever {@link AuthorizationService#canRead may read} what is addressed to {@code audienceOrgId}. */
    public static Readers of(long audienceOrgId) {
        return new Readers(Kind.AUDIENCE, audienceOrgId, new Role[0], new Role[0]);
    }

    /** Whoever {@link AuthorizationService#holds holds} one of {@code anyOf} (or ADMIN) at {@code orgId} or above. */
    public static Readers holding(long orgId, Role... anyOf) {
        if (anyOf.length == 0) {
            throw new IllegalArgumentException("holding needs at least one role");
        }
        return new Readers(Kind.HOLDERS, orgId, anyOf.clone(), new Role[0]);
    }

    /**
     * These readers but those who {@link AuthorizationService#holds hold} one of {@code anyOf} (or
     * ADMIN) at the declaration's node or above: they get another answer. Not for {@link #everyone()},
     * which has no node.
     */
    public Readers except(Role... anyOf) {
        if (kind == Kind.EVERYONE) {
            throw new IllegalStateException("everyone() has no node to except roles at");
        }
        Role[] all = Arrays.copyOf(except, except.length + anyOf.length);
        System.arraycopy(anyOf, 0, all, except.length, anyOf.length);
        return new Readers(kind, orgId, roles, all);
    }

    /** Would {@code caller} be given the declared answer? Decided by {@code auth}, the platform's rules. */
    public boolean admits(AuthorizationService auth, Caller caller) {
        boolean in = switch (kind) {
            case EVERYONE -> true;
            case AUDIENCE -> auth.canRead(caller, orgId);
            case HOLDERS -> auth.holds(caller, orgId, roles);
        };
        return in && (except.length == 0 || !auth.holds(caller, orgId, except));
    }

    /** Puts the declaration on the answer (see {@link #HEADER}); returns {@code answer}. */
    public Response.ResponseBuilder declare(Response.ResponseBuilder answer) {
        return answer.header(HEADER, this);
    }

    /** The roles left out, for logs and tests. */
    public Set<Role> excepted() {
        return except.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(Arrays.asList(except)));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EVERYONE -> "everyone";
            case AUDIENCE -> "readers of " + orgId;
            case HOLDERS -> "holders of " + Arrays.toString(roles) + " at " + orgId;
        } + (except.length == 0 ? "" : " except " + Arrays.toString(except));
    }
}
