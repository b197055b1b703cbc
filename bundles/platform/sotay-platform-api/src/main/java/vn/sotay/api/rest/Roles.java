package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import vn.sotay.api.Role;

/**
 * The roles a resource method (or every method of a resource class) needs, for the OpenAPI
 * document: published as {@code x-sotay-roles} (the role names) and {@code x-sotay-scope} (over
 * which organisation, {@link #over()}). It documents; it does not enforce: the method still asks
 * {@code AuthorizationService} (the only place authorisation is decided), and the authorisation
 * matrix in docs/security.md is what the build checks.
 *
 * <p>{@link Role#ADMIN} holds every role, so it need not be listed. A method without this
 * annotation is published with {@code x-sotay-roles: ["AUTHENTICATED"]} (any signed-in caller,
 * answers filtered by the organisation tree); a {@link Public} one with an empty list.
 *
 * @since 1.2
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Roles {
    /** Any of these roles (held over {@link #over()}) lets the caller in. */
    Role[] value();

    /** Where the role must be held, in words: {@code "audienceOrgId"}, {@code "the document's owner"}. */
    String over() default "";
}
