package vn.sotay.news.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/**
 * Metric {@code news.views}: views so far of the articles published in the period, by the
 * audience's position in the subtree (views are a counter per article, not a log of readings).
 */
@Component(property = {MetricProvider.ID + "=news.views", MetricProvider.TAGS + "=news",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=news"})
public class ViewsMetric implements MetricProvider {
    private final NewsStore store;
    private final OrgService orgs;

    @Activate
    public ViewsMetric(@Reference NewsStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Lượt xem tin bài";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.viewsByAudience(from, to));
    }
}
