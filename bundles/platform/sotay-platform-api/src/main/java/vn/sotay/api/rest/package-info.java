/**
 * Helpers for modules' JAX-RS resources: the caller of a request ({@link vn.sotay.api.rest.Callers}), anonymous methods ({@link vn.sotay.api.rest.Public}), request body limits ({@link vn.sotay.api.rest.MaxBody}), answers that keep their own caching ({@link vn.sotay.api.rest.CacheableContent}), answers the platform may keep and serve again ({@link vn.sotay.api.rest.SharedAnswer}) and who may be served one copy ({@link vn.sotay.api.rest.Readers}), what to shed first under overload ({@link vn.sotay.api.rest.Urgency}), and how the OpenAPI document describes a method: {@link vn.sotay.api.rest.Summary}, {@link vn.sotay.api.rest.OperationId}, {@link vn.sotay.api.rest.Roles}, {@link vn.sotay.api.rest.Returns}, {@link vn.sotay.api.rest.Description}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package vn.sotay.api.rest;
