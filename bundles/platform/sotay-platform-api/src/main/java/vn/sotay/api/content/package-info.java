/**
 * References from one module's content to another's ({@link vn.sotay.api.content.ContentRef}),
 * resolved for the person looking by the owning module ({@link vn.sotay.api.content.ContentService}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.content;
