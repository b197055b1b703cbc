/**
 * Statistics contributions: {@link vn.sotay.spi.stats.MetricProvider}s selected by id and tags, computed for a subtree and per direct child.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.stats;
