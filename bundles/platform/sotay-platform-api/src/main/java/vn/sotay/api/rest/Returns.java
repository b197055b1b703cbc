package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method returning {@code javax.ws.rs.core.Response} answers on success, for the
 * OpenAPI document (a method returning its entity type is described from its signature).
 *
 * @since 1.2
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {
    /** The success status: 200, 201, 204. */
    int status() default 200;

    /**
     * The entity: a record or enum of the API ({@code NoticeDetail.class}), {@code byte[].class} for
     * a file (described as a binary string of {@link #mediaType()}), {@code Void.class} for none.
     */
    Class<?> value() default Void.class;

    /** The entity is a {@code vn.sotay.api.Page} of {@link #value()} (the schema {@code <Value>Page}). */
    boolean page() default false;

    /** The entity's media type. */
    String mediaType() default "application/json";
}
