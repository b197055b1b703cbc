package vn.sotay.meetings.internal.minutes;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code meetings.attendance}: members present at held meetings, counted ones only (exempt excluded), per cell. */
@Component(property = {MetricProvider.ID + "=meetings.attendance", MetricProvider.TAGS + "=meetings",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + MeetingsModule.ID})
public class AttendanceMetric implements MetricProvider {
    private final OverviewStore store;
    private final OrgService orgs;

    @Activate
    public AttendanceMetric(@Reference OverviewStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Lượt đảng viên dự họp (không tính miễn sinh hoạt)";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        int[] k = MeetingMetrics.months(from, to);
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, MeetingMetrics.present(store.months(k[0], k[1])));
    }
}
