package vn.sotay.qa.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code qa.overdue}: questions open and past their service level now, by their current addressee (the period is not used). */
@Component(property = {MetricProvider.ID + "=qa.overdue", MetricProvider.TAGS + "=qa",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + QaModule.ID})
public class OverdueMetric implements MetricProvider {
    private final QaStore store;
    private final OrgService orgs;

    @Activate
    public OverdueMetric(@Reference QaStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Hỏi đáp: số câu hỏi đang quá hạn trả lời";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.overdueByOrg(Instant.now()));
    }
}
