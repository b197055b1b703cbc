/** The owner's side of content references: see {@link vn.sotay.spi.content.ContentResolver}. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.sotay.spi.content;
