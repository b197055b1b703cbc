package vn.sotay.qa.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code qa.answered}: questions answered in the period, by the answering committee. */
@Component(property = {MetricProvider.ID + "=qa.answered", MetricProvider.TAGS + "=qa",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + QaModule.ID})
public class AnsweredMetric implements MetricProvider {
    private final QaStore store;
    private final OrgService orgs;

    @Activate
    public AnsweredMetric(@Reference QaStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Hỏi đáp: số câu hỏi đã trả lời";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.answeredByOrg(from, to));
    }
}
