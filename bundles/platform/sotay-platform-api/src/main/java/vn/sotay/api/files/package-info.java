/**
 * Uploaded files checked for what they really are, with their text extracted for search. Modules
 * that accept attachments take the name and the body with {@link vn.sotay.api.files.Uploads} and call
 * {@link vn.sotay.api.files.FileInspector} before storing anything.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.sotay.api.files;
