package vn.sotay.news.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code news.published}: articles published in the period to audiences inside the subtree. */
@Component(property = {MetricProvider.ID + "=news.published", MetricProvider.TAGS + "=news",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=news"})
public class PublishedMetric implements MetricProvider {
    private final NewsStore store;
    private final OrgService orgs;

    @Activate
    public PublishedMetric(@Reference NewsStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Tin bài đã đăng";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.publishedByAudience(from, to));
    }
}
