package ${package}.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Hits of type {@value ${moduleClass}Module#TYPE} are searched while this is registered. The index
 * follows the change channel: for each change the store publishes it asks {@link #document} (empty:
 * removed); {@code feed} fills the index for {@code sotay:reindex}.
 */
@Component(property = {SearchContributor.TYPE + "=" + ${moduleClass}Module.TYPE, SotayModule.MODULE + "=" + ${moduleClass}Module.ID})
public class ${moduleClass}SearchContributor implements SearchContributor {
    static final int BATCH = 500;

    private final ${moduleClass}Store store;

    @Activate
    public ${moduleClass}SearchContributor(@Reference ${moduleClass}Store store) {
        this.store = store;
    }

    @Override
    public String label() {
        return "${moduleName}";
    }

    @Override
    public boolean followsChanges() {
        return true;
    }

    @Override
    public Optional<SearchDocument> document(ChangeEvent change) {
        try {
            return store.find(Long.parseLong(change.id())).map(${moduleClass}SearchContributor::document);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        long last = 0;
        List<Item> batch;
        do {
            batch = store.after(last, BATCH);
            for (Item i : batch) {
                sink.accept(document(i));
                last = i.id();
            }
        } while (batch.size() == BATCH);
    }

    /** The item as indexed: readable by the audience's subtree. */
    static SearchDocument document(Item i) {
        return new SearchDocument(${moduleClass}Module.TYPE, String.valueOf(i.id()), i.title(), i.body(),
                "/api/${moduleId}", List.of(i.audienceOrgId()), i.createdAt());
    }
}
