package vn.sotay.documents.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/**
 * Metric {@code documents.posted}: documents published in the period by committees inside the
 * subtree (Central documents count at the province, which posts them). Per level: {@code GET /api/documents/stats}.
 */
@Component(property = {MetricProvider.ID + "=documents.posted", MetricProvider.TAGS + "=documents",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + DocumentsModule.ID})
public class PostedMetric implements MetricProvider {
    private final DocumentStore store;
    private final OrgService orgs;

    @Activate
    public PostedMetric(@Reference DocumentStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Tài liệu đã đăng";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        Map<Long, Long> byOwner = new HashMap<>();
        store.publishedBy(from, to).forEach(r -> byOwner.merge(((Number) r[0]).longValue(), ((Number) r[2]).longValue(), Long::sum));
        return Value.rollUp(orgs.tree(), orgId, byOwner);
    }
}
