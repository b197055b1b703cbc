/**
 * Hooks of the REST layer for modules: {@link vn.sotay.spi.rest.SharedAnswerHits}, told when the
 * answer cache served a module's answer without running its resource.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.rest;
