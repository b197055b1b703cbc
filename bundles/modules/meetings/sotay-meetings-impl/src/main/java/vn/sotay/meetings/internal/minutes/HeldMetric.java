package vn.sotay.meetings.internal.minutes;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code meetings.held}: meetings opened in the months of the period, at their holding organisation. */
@Component(property = {MetricProvider.ID + "=meetings.held", MetricProvider.TAGS + "=meetings",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + MeetingsModule.ID})
public class HeldMetric implements MetricProvider {
    private final OverviewStore store;
    private final OrgService orgs;

    @Activate
    public HeldMetric(@Reference OverviewStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Cuộc họp đã tổ chức trên hệ thống";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        int[] k = MeetingMetrics.months(from, to);
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, MeetingMetrics.held(store.months(k[0], k[1])));
    }
}
