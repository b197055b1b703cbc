/**
 * Live updates: a module publishes events on a topic to the callers allowed to see them; clients
 * follow topics over Server-Sent Events ({@link vn.sotay.api.live.LiveUpdates}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.live;
