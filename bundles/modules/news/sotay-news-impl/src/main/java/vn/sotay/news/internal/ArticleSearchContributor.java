package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.search.SearchDocument;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/** Feeds every published article (never a draft) to the search index when it is rebuilt, in batches by id. */
@Component(property = {SearchContributor.TYPE + "=" + Documents.TYPE, SotayModule.MODULE + "=news"})
public class ArticleSearchContributor implements SearchContributor {
    static final int BATCH = 500;

    private final NewsStore store;

    @Activate
    public ArticleSearchContributor(@Reference NewsStore store) {
        this.store = store;
    }

    @Override
    public String label() {
        return "Tin tức";
    }

    @Override
    public void feed(Consumer<SearchDocument> sink) {
        Instant now = Instant.now();
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
