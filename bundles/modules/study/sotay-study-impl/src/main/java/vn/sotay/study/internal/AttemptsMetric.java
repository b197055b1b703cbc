package vn.sotay.study.internal;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metric {@code study.attempts}: attempts submitted in the period by members of cells inside the subtree. */
@Component(property = {MetricProvider.ID + "=study.attempts", MetricProvider.TAGS + "=study",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + StudyModule.ID})
public class AttemptsMetric implements MetricProvider {
    private final StudyStore store;
    private final OrgService orgs;

    @Activate
    public AttemptsMetric(@Reference StudyStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Học tập: số bài thi đã nộp";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        return MetricProvider.Value.rollUp(orgs.tree(), orgId, store.attempts.submittedByCell(from, to));
    }
}
