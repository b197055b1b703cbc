/**
 * Helpers for modules' JAX-RS resources: the caller of a request ({@link vn.sotay.api.rest.Callers}), anonymous methods ({@link vn.sotay.api.rest.Public}), OpenAPI summaries ({@link vn.sotay.api.rest.Summary}), request body limits ({@link vn.sotay.api.rest.MaxBody}) and answers that keep their own caching ({@link vn.sotay.api.rest.CacheableContent}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.sotay.api.rest;
