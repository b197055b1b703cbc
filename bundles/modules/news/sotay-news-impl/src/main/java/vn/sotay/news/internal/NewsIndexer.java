package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchService;

/**
 * Keeps the search index equal to the published articles: indexes an article when it becomes
 * published (at approval, or later by the sweep for scheduled ones), removes it on archive and
 * expiry. The flag column INDEXED records what the index holds; a sweep every
 * {@link #PERIOD_SECONDS} repairs whatever was missed (search absent, scheduled, expired).
 * Search is optional: without it nothing is marked indexed.
 */
@Component(service = NewsIndexer.class, immediate = true)
public class NewsIndexer {
    static final long PERIOD_SECONDS = 60;
    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(NewsIndexer.class);

    private final NewsStore store;
    private final ScheduledExecutorService timer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SearchService search;

    @Activate
    public NewsIndexer(@Reference NewsStore store) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sotay-news-indexer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweepQuietly, 5, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Without a timer, for tests. */
    NewsIndexer(NewsStore store, SearchService search) {
        this.store = store;
        this.search = search;
        this.timer = null;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** After a committed change of {@code a}: index it when published now, remove it when not. */
    void changed(Article a, Instant now) {
        if (a.published(now)) {
            index(a);
        } else if (a.indexed() || a.status() == ReviewStatus.ARCHIVED) {
            remove(a.id());
        }
    }

    /** One pass: index newly published articles, remove expired or archived ones. Returns the changes. */
    int sweep(Instant now) {
        int n = 0;
        if (search == null) {
            return n;
        }
        List<Article> due;
        do {
            due = store.dueForIndexing(now, BATCH);
            for (Article a : due) {
                if (!index(a)) {
                    return n;
                }
                n++;
            }
        } while (due.size() == BATCH);
        List<Long> gone;
        do {
            gone = store.dueForRemoval(now, BATCH);
            for (Long id : gone) {
                if (!remove(id)) {
                    return n;
                }
                n++;
            }
        } while (gone.size() == BATCH);
        return n;
    }

    private void sweepQuietly() {
        try {
            sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("News index sweep failed; it runs again in {} s", PERIOD_SECONDS, e);
        }
    }

    private boolean index(Article a) {
        SearchService s = search;
        if (s == null) {
            return false;
        }
        try {
            s.index(Documents.of(a));
            store.markIndexed(a.id(), true);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Indexing article {} failed; the sweep retries it", a.id(), e);
            return false;
        }
    }

    private boolean remove(long id) {
        SearchService s = search;
        if (s == null) {
            return false;
        }
        try {
            s.delete(Documents.TYPE, String.valueOf(id));
            store.markIndexed(id, false);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Removing article {} from the index failed; the sweep retries it", id, e);
            return false;
        }
    }
}
