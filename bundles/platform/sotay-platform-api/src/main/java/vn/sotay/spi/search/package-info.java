/**
 * Search contributions: a {@link vn.sotay.spi.search.SearchContributor} per content type feeds the index on rebuild; while it is registered, its type appears in results.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.sotay.spi.search;
