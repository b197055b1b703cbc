package ${package}.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code ${moduleId}.created}: items created in the period for audiences inside the subtree. */
@Component(property = {MetricProvider.ID + "=${moduleId}.created", MetricProvider.TAGS + "=${moduleId}",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + ${moduleClass}Module.ID})
public class CreatedMetric implements MetricProvider {
    private final ${moduleClass}Store store;
    private final OrgService orgs;

    @Activate
    public CreatedMetric(@Reference ${moduleClass}Store store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "${moduleName}: số mục đã tạo";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.createdByAudience(from, to));
    }
}
