package vn.sotay.qa.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code qa.assistant.asked}: questions put to the assistant in the period, by the asker's cell. */
@Component(property = {MetricProvider.ID + "=qa.assistant.asked", MetricProvider.TAGS + "=qa",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + QaModule.ID})
public class AssistantUseMetric implements MetricProvider {
    private final QaStore store;
    private final OrgService orgs;

    @Activate
    public AssistantUseMetric(@Reference QaStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Trợ lý ảo: số lượt hỏi";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.assistantUses(from, to, false));
    }
}
