package vn.sotay.qa.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code qa.asked}: questions asked in the period of committees inside the subtree (first addressee). */
@Component(property = {MetricProvider.ID + "=qa.asked", MetricProvider.TAGS + "=qa",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + QaModule.ID})
public class AskedMetric implements MetricProvider {
    private final QaStore store;
    private final OrgService orgs;

    @Activate
    public AskedMetric(@Reference QaStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Hỏi đáp: số câu hỏi đã gửi";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.askedByOrg(from, to));
    }
}
