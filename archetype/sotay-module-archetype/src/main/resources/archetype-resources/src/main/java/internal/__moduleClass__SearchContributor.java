package ${package}.internal;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.search.SearchDocument;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Hits of type {@value ${moduleClass}Module#TYPE} are searched while this is registered; {@code feed}
 * fills the index for {@code sotay:reindex}. Index each item after its write commits with
 * {@code SearchService.index(document(item))} (an optional, dynamic reference).
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
