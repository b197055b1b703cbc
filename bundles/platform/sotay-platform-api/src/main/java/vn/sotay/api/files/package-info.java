/**
 * Uploaded files checked for what they really are, with their text extracted for search. Modules
 * that accept attachments call {@link vn.sotay.api.files.FileInspector} before storing anything.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.sotay.api.files;
