/**
 * Helpers for modules' JAX-RS resources: the caller of a request ({@link vn.sotay.api.rest.Callers}), anonymous methods ({@link vn.sotay.api.rest.Public}) and OpenAPI summaries ({@link vn.sotay.api.rest.Summary}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.rest;
