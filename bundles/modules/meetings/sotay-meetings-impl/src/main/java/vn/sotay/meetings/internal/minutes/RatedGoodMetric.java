package vn.sotay.meetings.internal.minutes;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code meetings.rated.good}: meetings rated GOOD (confirmed from above, else the cell's own). */
@Component(property = {MetricProvider.ID + "=meetings.rated.good", MetricProvider.TAGS + "=meetings",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + MeetingsModule.ID})
public class RatedGoodMetric implements MetricProvider {
    private final OverviewStore store;
    private final OrgService orgs;

    @Activate
    public RatedGoodMetric(@Reference OverviewStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Cuộc họp xếp loại tốt";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        int[] k = MeetingMetrics.months(from, to);
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, MeetingMetrics.ratedGood(store.months(k[0], k[1])));
    }
}
