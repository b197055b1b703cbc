package vn.sotay.spi.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Announces an installed module. Each module registers exactly one as a DS component; the core
 * lists them at {@code GET /api/modules}. A module's REST resources, search contributor, menu
 * entries and metrics carry the same id in their {@link #MODULE} property, and its REST resources
 * are served under {@code /api/<id>}.
 *
 * <p>Example: {@code @Component(property = SotayModule.MODULE + "=notices") class NoticesModule
 * implements SotayModule}.
 */
@ConsumerType
public interface SotayModule {

    /**
     * Service property naming the module a contribution belongs to: a lower-case path segment
     * ({@code notices}). On a REST resource it selects the base path {@code /api/<module>}; the
     * core's own resources use {@link #PLATFORM}, served directly under {@code /api}.
     */
    String MODULE = "sotay.module";

    /** Module id of the core's own resources. */
    String PLATFORM = "platform";

    /**
     * Service property, set to {@code true} on a JAX-RS resource (an object annotated with
     * {@code @Path}) for the core to publish it. Resources are singletons and must be thread-safe;
     * they read the caller with {@link vn.sotay.api.rest.Callers#of}. JSON (Jackson), problem+json
     * errors and bearer authentication are applied by the core; a resource throws
     * {@link vn.sotay.api.ProblemException} for every failure a client should understand.
     */
    String REST_RESOURCE = "sotay.rest.resource";

    /** The module id, equal to the {@link #MODULE} property. */
    String id();

    /** Vietnamese display name ("Thông báo"). */
    String name();

    /** One sentence on what the module does, in Vietnamese. */
    String description();
}
