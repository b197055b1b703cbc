package vn.sotay.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How urgent a resource method's work is when the platform runs beyond its capacity. Past a number
 * of requests in progress (configuration {@code vn.sotay.rest}: {@code shedDeferrable},
 * {@code shedNormal}), new requests of the lower classes are answered at once with
 * {@code 503 Service Unavailable} and {@code Retry-After}, so that the work members are waiting on
 * in a meeting (checking in, voting) keeps its speed; the platform recovers by itself as the load
 * passes. Methods without the annotation are {@link Level#NORMAL}. The classes are documented in
 * docs/performance.md ("Graceful overload").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Urgency {

    /** The method's class. */
    Level value();

    /** Classes of work, most urgent first. */
    enum Level {
        /** Never shed by the platform: checking in, casting a ballot, closing a vote. */
        VITAL,
        /** Reading and ordinary writes: shed after {@link #DEFERRABLE}. */
        NORMAL,
        /** Work that can wait a minute: search, exports, reports, statistics; shed first. */
        DEFERRABLE
    }
}
