package vn.sotay.spi.search;

import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.search.SearchDocument;

/**
 * A module's content in search. Registered as a DS service with the {@link #TYPE} property (and
 * {@link vn.sotay.spi.module.SotayModule#MODULE}). While it is registered, documents of its type
 * appear in searches; when its module is uninstalled they disappear from results (the index keeps
 * them, so a reinstall needs no rebuild).
 *
 * <p><b>Changes.</b> A contributor whose {@link #followsChanges()} is true is how its module's
 * writes reach the index: the module publishes a {@link ChangeEvent} after each commit (type = the
 * search type), the search service listens to the change channel and asks the contributor of the
 * event's module and type for {@link #document(ChangeEvent)}: the document is indexed (replacing the
 * old one), or removed when the answer is empty. The module itself never calls
 * {@link vn.sotay.api.search.SearchService#index}. {@link #feed} gives everything when the index is
 * rebuilt ({@code sotay:reindex}) or the type is missing from it.
 *
 * <pre>{@code
 * @Component(property = {SearchContributor.TYPE + "=notice", SotayModule.MODULE + "=notices"})
 * public class NoticeSearchContributor implements SearchContributor {
 *     public boolean followsChanges() { return true; }
 *     public Optional<SearchDocument> document(ChangeEvent e) {
 *         return store.get(Long.parseLong(e.id())).map(Views::document);   // gone: removed
 *     }
 *     ...
 * }
 * }</pre>
 */
@ConsumerType
public interface SearchContributor {

    /** Service property: the content type this contributor owns ({@code notice}). */
    String TYPE = "sotay.search.type";

    /** Vietnamese label of the content type, shown next to hits ("Thông báo"). */
    String label();

    /** Feeds every current document of the type to {@code sink}; called off the request path. */
    void feed(Consumer<SearchDocument> sink);

    /**
     * True when the index follows this type through the change channel ({@link #document}); the
     * default false keeps a contributor that indexes through {@code SearchService} itself as it was.
     *
     * @since 1.1
     */
    default boolean followsChanges() {
        return false;
    }

    /**
     * The search document of the entity a committed change names, as it is now; empty when it is
     * not (or no longer) searchable: it is then removed from the index. Called on the change
     * dispatcher thread for events of the contributor's module ({@code sotay.module}) whose type is
     * its {@link #TYPE}, and only when {@link #followsChanges()}; read the current state, the event
     * may be late. A document whose visibility window lies ahead may be returned at once: searches
     * check {@code visibleFrom}/{@code visibleUntil}.
     *
     * @since 1.1
     */
    default Optional<SearchDocument> document(ChangeEvent change) {
        return Optional.empty();
    }
}
