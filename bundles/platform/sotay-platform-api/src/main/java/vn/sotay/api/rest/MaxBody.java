package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body, in bytes, a resource method (or every method of a resource class)
 * accepts. The REST layer enforces it before the resource reads anything: a {@code Content-Length}
 * above it is answered 413 at once, and a body without a length (chunked) is cut when it passes the
 * limit and answered 413, whatever the method was doing with it.
 *
 * <p>Without this annotation the limit follows what the method {@code @Consumes}:
 * <ul>
 * <li>{@link #JSON} (1 MiB) when it consumes only JSON, or declares nothing;</li>
 * <li>{@link #FILES} (20 MiB) when it consumes any other type ({@code image/*}, {@code text/csv},
 * {@code application/octet-stream}, {@code *}{@code /*}): it takes files.</li>
 * </ul>
 * Use it only to go above these (the CSV imports take {@code 50 MiB}) or below them; a module's
 * own, tighter checks (an image budget, an attachment limit) still apply inside the method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxBody {
    /** 1 MiB: the default for JSON bodies. */
    long JSON = 1L << 20;
    /** 20 MiB: the default for methods that take files. */
    long FILES = 20L << 20;

    /** Bytes. */
    long value();
}
