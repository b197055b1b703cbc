package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A description for the OpenAPI document, on a record component (a field of a request or answer),
 * an enum constant (what the value means: Vietnamese terms where they help), a type (the schema),
 * or a query parameter of a resource method. Markdown is allowed.
 *
 * <p>A query parameter taken as a {@code String} (so that a bad value is a Vietnamese 400 rather than
 * JAX-RS's bare 404) may say what clients must send: {@link #type()} with {@link #min()} and
 * {@link #max()}, or the allowed values with {@link #values()}. Without it the platform applies its
 * conventions: {@code limit} is an integer 1..{@code Cursors.MAX_LIMIT}, {@code cursor} the opaque
 * {@code next} of the previous page.
 *
 * <p>An enum constant without a description is described by the enum's public {@code label()}
 * method when it has one.
 *
 * @since 1.2
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
        ElementType.TYPE})
public @interface Description {
    /** The description. */
    String value() default "";

    /** For a {@code String} parameter: {@code integer}, {@code date} (2025-03-01), {@code date-time}, {@code boolean}. */
    String type() default "";

    /** Smallest value of an {@code integer} parameter. */
    long min() default Long.MIN_VALUE;

    /** Largest value of an {@code integer} parameter. */
    long max() default Long.MAX_VALUE;

    /** The allowed values of a {@code String} parameter: the enum's constant names. */
    Class<? extends Enum<?>> values() default None.class;

    /** The default for {@link #values()}: no list. */
    enum None {
    }
}
