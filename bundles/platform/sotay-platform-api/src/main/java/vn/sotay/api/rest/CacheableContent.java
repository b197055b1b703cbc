package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answers are immutable content that is the same for everyone
 * holding its URL (a content-addressed image, a signed URL that expires): the REST layer keeps the
 * {@code Cache-Control} the method sets, also on authenticated requests.
 *
 * <p>Every other answer to an authenticated request (or to a request carrying credentials, or an
 * unsafe method, or an error) is sent with {@code Cache-Control: no-store}, replacing what the
 * method set; its {@code ETag} is kept, so a client that keeps its own copy still revalidates with
 * {@code If-None-Match}. Never put this on anything that depends on who asks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CacheableContent {
}
