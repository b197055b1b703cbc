/**
 * Full-text search over every installed module, Vietnamese-aware and filtered to what the caller may read. Modules push documents with {@link vn.sotay.api.search.SearchService#index}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.sotay.api.search;
