package vn.sotay.news.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.api.search.SearchService;

/**
 * The index sweep: articles reach the search index through the change channel (the store publishes,
 * {@link ArticleSearchContributor} answers and records in the INDEXED column what the index holds);
 * every {@link #PERIOD} a job on the platform scheduler publishes a change for what that column
 * says is out of step: articles whose publication time came (scheduled) and indexed articles that
 * expired or were archived, or that a missing search service never took. One batch per run, and
 * none while no search service is installed (nothing would take the changes; the feed caches would
 * only be evicted for nothing): when one arrives, the next run catches up.
 */
@Component(service = NewsIndexer.class, immediate = true)
public class NewsIndexer {
    static final Duration PERIOD = Duration.ofSeconds(60);
    static final int BATCH = 200;

    private final NewsStore store;
    private final ChangeBus changes;
    private final Job job;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SearchService search;

    @Activate
    public NewsIndexer(@Reference NewsStore store, @Reference ChangeBus changes, @Reference Scheduler scheduler) {
        this.store = store;
        this.changes = changes;
        this.job = scheduler.every("news.index-sweep", Duration.ofSeconds(5), PERIOD, () -> {
            if (search != null) {
                sweep(Instant.now());
            }
        });
    }

    /** Without the job, for tests. */
    NewsIndexer(NewsStore store, ChangeBus changes) {
        this.store = store;
        this.changes = changes;
        this.job = null;
    }

    @Deactivate
    void stop() {
        if (job != null) {
            job.cancel();
        }
    }

    /** One pass at {@code now}: a change for each article due in or out of the index. Returns their number. */
    int sweep(Instant now) {
        List<Article> due = store.dueForIndexing(now, BATCH);
        List<Long> gone = store.dueForRemoval(now, BATCH);
        due.forEach(a -> changes.publish(ChangeEvent.updated(NewsModule.ID, Documents.TYPE, a.id(), a.audienceOrgId())));
        gone.forEach(id -> changes.publish(ChangeEvent.updated(NewsModule.ID, Documents.TYPE, id, null)));
        return due.size() + gone.size();
    }
}
