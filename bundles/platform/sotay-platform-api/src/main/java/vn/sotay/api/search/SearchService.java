package vn.sotay.api.search;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * Full-text search over every installed module's content, Vietnamese-aware: matching ignores
 * diacritics ({@code dang vien} finds {@code Đảng viên}, {@code đ} folds to {@code d}) while
 * exact-accent matches rank first. Results are filtered to what the caller may read and to
 * content types whose contributor is installed right now.
 *
 * <p>Modules keep the index current through {@link #index} and {@link #delete} after each committed
 * write; {@link #reindex} rebuilds it from the contributors. The index lives under the
 * distribution's {@code data/} folder and survives restarts.
 */
@ProviderType
public interface SearchService {

    /**
     * @param types content types to search, empty for all installed ones
     * @param limit at most this many hits, best first
     */
    List<SearchHit> search(Caller caller, String query, Set<String> types, int limit);

    /**
     * Adds or replaces a document (by type and id). The next search sees it, within its
     * {@link SearchDocument#visibleFrom()}/{@link SearchDocument#visibleUntil()} window. A module
     * removes ({@link #delete}) what its readers may no longer open (archived, withdrawn) in the
     * same step as the change, never later.
     */
    void index(SearchDocument document);

    /** Removes a document; unknown ids are ignored. */
    void delete(String type, String id);

    /** Rebuilds the index from every contributor ({@code null} types: all). Returns documents indexed. */
    int reindex(Set<String> types);
}
