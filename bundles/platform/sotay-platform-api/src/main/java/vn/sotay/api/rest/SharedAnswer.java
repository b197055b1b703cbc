package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code GET} whose successful answers the platform may keep as ready bytes and serve again,
 * in front of the JAX-RS stack, to callers who would get the same answer: the <i>answer cache</i>
 * (docs/architecture.md, "The answer cache"). A served copy skips the resource, its filters and the
 * JSON writer; it is checked against the caller's token like any request, and it carries the
 * {@code ETag} of the bytes (the resource's own when it sets one), so {@code If-None-Match} gets a 304.
 *
 * <p><b>The contract.</b> A method may carry this only if its answer to a request is fully decided by
 * the request's path and query and by what {@link #value()} names about the caller. With
 * {@link Sharing#AUDIENCE} that is the caller's cell and role grants (the inputs of every
 * authorisation decision, see {@link vn.sotay.api.auth.AuthorizationService}): members of one cell
 * holding the same grants share one copy. With {@link Sharing#CALLER} it is the account itself.
 * With {@link Sharing#READERS} it is nothing about the caller beyond <i>whether</i> they may read the
 * thing: one copy per path and query serves every caller the answer's declaration admits (see there).
 * A copy is dropped
 * <ul>
 *   <li>when a change event names one of its {@link #dependsOn()} tags (see there);</li>
 *   <li>for {@link Sharing#CALLER}, when the same account sends any request to the module that is not
 *       served from the cache (its own writes, a {@code GET} that marks something read), before that
 *       request runs: a caller always sees the effect of their own requests;</li>
 *   <li>after {@link #seconds()}, which bounds what no event announces (time: a scheduled article
 *       going live; counters), or earlier at the {@code Expires} the method's {@code Response} sets
 *       (the moment its answer is known to change: the first notice on an inbox page to expire);
 *       the header itself is replaced by {@code Cache-Control: no-store} for the client;</li>
 *   <li>when the module is republished or uninstalled, and when the memory budget needs room.</li>
 * </ul>
 * Only {@code 200} answers without {@code Set-Cookie} are kept; errors always run the resource.
 * A request with {@code Cache-Control: no-cache} skips the copy (and refreshes it).
 *
 * <p><b>{@link Sharing#READERS}.</b> The resource makes the answer and, with it, declares who may be
 * served the same bytes: {@link Readers#declare} with {@link Readers#everyone()},
 * {@link Readers#of(long) Readers.of(audience)} or {@link Readers#holding Readers.holding(node, roles)},
 * built from the very record the answer was made of (never from a newer read: a declaration must
 * be the one that held when the answer was made). The copy is keyed by path and query only. Before
 * serving it, the front door asks {@link Readers#admits} with the caller of this request (their
 * current cell and grants) and the platform's {@link vn.sotay.api.auth.AuthorizationService} on the
 * organisation tree the answer was made with (a new tree drops every copy). A caller it does not
 * admit is not told anything: the request goes to the resource, which answers it fresh (its usual
 * 404 or 403, or another answer of its own). So the resource's own check and the declaration must
 * be the same rule: declare with the rule the resource read the thing by. An answer that depends on
 * the caller in any way (an editor's view with counters or drafts, a flag of the member's own, a
 * list filtered by the caller's scopes) is not declared: the method then keeps it as
 * {@link Sharing#AUDIENCE} would. The events named by {@link #dependsOn()} must cover every change of
 * what the declaration was built from (an article addressed to another subtree publishes an event of
 * that article): the copy, and its declaration, go together. A module that keeps the records in
 * memory forgets them <i>before</i> it publishes the event, so that no answer begun after the event
 * is made of the old record.
 *
 * <p>Whatever else the answer depends on (the member's own records in an
 * {@link Sharing#AUDIENCE AUDIENCE} answer, another member's action in a
 * {@link Sharing#CALLER CALLER} answer that no event announces) makes the annotation wrong: prefer no
 * annotation to a stale or leaked answer. The authorisation matrix calls every shared operation as
 * every role after priming the cache with the others (docs/security.md).
 *
 * <pre>{@code
 * @GET @SharedAnswer(value = Sharing.AUDIENCE, dependsOn = "news:article", seconds = 30)
 * public Response feed(...)
 *
 * @GET @Path("articles/{id}") @SharedAnswer(value = Sharing.READERS, dependsOn = "news:article:{id}", seconds = 30)
 * public Response article(...) // Readers.of(a.audienceOrgId()).except(EDITOR, REVIEWER).declare(ok) unless a manager asks
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SharedAnswer {

    /** Who may be served one copy. */
    Sharing value();

    /**
     * Change-event tags that drop a copy (events: {@link vn.sotay.api.change.ChangeEvent}). An event
     * {@code (module, type, id, orgId)} drops the tags {@code module}, {@code module:type},
     * {@code module:type:id}, and {@code module:type@orgId} (every {@code module:type@…} tag when the
     * event has no orgId). A tag may use
     * <ul>
     *   <li>{@code {name}}: the value of the path parameter {@code name} ({@code "news:article:{id}"});
     *       a whole number in its plain form ({@code /articles/007} and {@code /articles/+7} depend on
     *       {@code news:article:7});</li>
     *   <li>{@code {member}}: the caller's member id ({@code "meetings:attendance:{member}"});</li>
     *   <li>{@code @{path}} at its end: the caller's cell and every node above it, so that an event
     *       addressed anywhere on the way to the root drops the copy
     *       ({@code "notices:notice@{path}"}). A caller holding any grant besides membership sees
     *       more than its path: for them the tag stands for the whole type ({@code notices:notice}).</li>
     * </ul>
     */
    String[] dependsOn() default {};

    /** The longest a copy is served, in seconds (1–3600). */
    int seconds() default 60;

    /** Who shares a copy of a {@link SharedAnswer}. */
    enum Sharing {
        /** Callers of the same cell with the same role grants. */
        AUDIENCE,
        /** Only the account that asked. */
        CALLER,
        /**
         * Every caller the answer's {@link Readers declaration} admits, whatever their cell and grants;
         * an undeclared answer as {@link #AUDIENCE}.
         *
         * @since 1.4
         */
        READERS
    }
}
