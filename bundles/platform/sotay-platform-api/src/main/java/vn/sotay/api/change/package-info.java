/**
 * One channel for committed changes: a module publishes a small {@link vn.sotay.api.change.ChangeEvent}
 * on the {@link vn.sotay.api.change.ChangeBus} after each commit; search, caches and any other
 * {@link vn.sotay.spi.change.ChangeListener} react to it asynchronously.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.change;
