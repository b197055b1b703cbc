package vn.sotay.spi.rest;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.Caller;

/**
 * Told when the answer cache served a copy of one of the module's
 * {@link vn.sotay.api.rest.SharedAnswer} answers without running the resource: what a resource does
 * besides answering (counting a view) happens here. Registered as a DS service with the property
 * {@link vn.sotay.spi.module.SotayModule#MODULE} set to the module id; the cache calls the one of the
 * module the path belongs to.
 *
 * <p>Called on the request thread before the copy is written: keep it to a few in-memory steps.
 * A hook that throws is logged and the copy is still served.
 */
@ConsumerType
public interface SharedAnswerHits {

    /**
     * A copy was served.
     *
     * @param path   the request path below {@code /api/<module>} ({@code /articles/42}), without query
     * @param caller who was served
     */
    void served(String path, Caller caller);
}
