package vn.sotay.platform.rest.internal;

import vn.sotay.spi.module.SotayModule;

/** Where the REST API and each module's resources are served. */
public final class ApiPaths {
    /** The servlet's alias. */
    public static final String ALIAS = "/api";

    private ApiPaths() {
    }

    /** Base path of a module below /api: empty for the platform, {@code /<module>} otherwise. */
    public static String basePath(String module) {
        return SotayModule.PLATFORM.equals(module) ? "" : "/" + module;
    }
}
