/**
 * Listeners of committed changes: a {@link vn.sotay.spi.change.ChangeListener} registered as a
 * service receives the {@link vn.sotay.api.change.ChangeEvent}s its properties select.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.change;
