package vn.sotay.spi.search;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.search.SearchDocument;

/**
 * A module's content in search. Registered as a DS service with the {@link #TYPE} property (and
 * {@link vn.sotay.spi.module.SotayModule#MODULE}). While it is registered, documents of its type
 * appear in searches; when its module is uninstalled they disappear from results (the index keeps
 * them, so a reinstall needs no rebuild).
 *
 * <p>Modules push changes through {@link vn.sotay.api.search.SearchService#index}; the contributor
 * is asked for everything only when the index is rebuilt ({@code sotay:reindex}).
 */
@ConsumerType
public interface SearchContributor {

    /** Service property: the content type this contributor owns ({@code notice}). */
    String TYPE = "sotay.search.type";

    /** Vietnamese label of the content type, shown next to hits ("Thông báo"). */
    String label();

    /** Feeds every current document of the type to {@code sink}; called off the request path. */
    void feed(Consumer<SearchDocument> sink);
}
