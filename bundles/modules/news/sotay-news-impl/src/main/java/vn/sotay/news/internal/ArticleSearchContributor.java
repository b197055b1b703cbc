package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * Articles in search: a published article (never a draft, a scheduled one before its time, an
 * expired or archived one) is a document. Follows the change channel; records in the INDEXED column
 * what it told the index, so {@link NewsIndexer}'s sweep finds what is out of step. Feeds every
 * published article, in batches by id, when the index is rebuilt.
 */
@Component(property = {SearchContributor.TYPE + "=" + Documents.TYPE, SotayModule.MODULE + "=" + NewsModule.ID})
public class ArticleSearchContributor implements SearchContributor {
    static final int BATCH = 500;

    private final NewsStore store;
    private final Supplier<Instant> clock;

    @Activate
    public ArticleSearchContributor(@Reference NewsStore store) {
        this(store, Instant::now);
    }

    ArticleSearchContributor(NewsStore store, Supplier<Instant> clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Tin tức";
    }

    @Override
    public boolean followsChanges() {
        return true;
    }

    @Override
    public Optional<SearchDocument> document(ChangeEvent change) {
        long id;
        try {
            id = Long.parseLong(change.id());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<Article> a = store.find(id);
        boolean published = a.isPresent() && a.get().published(clock.get());
        if (a.isPresent() && a.get().indexed() != published) {
            store.markIndexed(id, published);
        }
        return published ? Optional.of(Documents.of(a.get())) : Optional.empty();
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        Instant now = clock.get();
        long last = 0;
        List<Article> batch;
        do {
            batch = store.publishedAfter(last, now, BATCH);
            for (Article a : batch) {
                sink.accept(Documents.of(a));
                last = a.id();
            }
        } while (batch.size() == BATCH);
    }
}
