package vn.sotay.documents.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code documents.downloads}: attachment downloads in the period by readers inside the subtree, per day. */
@Component(property = {MetricProvider.ID + "=documents.downloads", MetricProvider.TAGS + "=documents",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + DocumentsModule.ID})
public class DownloadsMetric implements MetricProvider {
    private final DocumentStore store;
    private final OrgService orgs;

    @Activate
    public DownloadsMetric(@Reference DocumentStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Lượt tải tài liệu";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        LocalDate f = LocalDate.ofInstant(from, Access.ZONE);
        LocalDate t = LocalDate.ofInstant(to.minusNanos(1), Access.ZONE).plusDays(1);
        return Value.rollUp(orgs.tree(), orgId, store.downloadsByOrg(f, t));
    }
}
