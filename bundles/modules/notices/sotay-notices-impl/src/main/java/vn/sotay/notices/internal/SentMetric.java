package vn.sotay.notices.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code notices.sent}: notices sent in the period to audiences inside the subtree. */
@Component(property = {MetricProvider.ID + "=notices.sent", MetricProvider.TAGS + "=notices",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=notices"})
public class SentMetric implements MetricProvider {
    private final NoticeStore store;
    private final OrgService orgs;

    @Activate
    public SentMetric(@Reference NoticeStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Thông báo đã gửi";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.sentByAudience(from, to));
    }
}
