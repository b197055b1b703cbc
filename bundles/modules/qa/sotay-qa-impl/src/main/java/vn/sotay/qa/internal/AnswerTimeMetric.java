package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/**
 * Metric {@code qa.answer-hours.median}: the median number of hours from asking to the answer of the questions
 * answered in the period whose first addressee lies in the subtree, and the same per child organisation (0 where
 * nothing was answered). A median, not a count: the children do not add up to the total.
 */
@Component(property = {MetricProvider.ID + "=qa.answer-hours.median", MetricProvider.TAGS + "=qa",
        MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + QaModule.ID})
public class AnswerTimeMetric implements MetricProvider {
    private final QaStore store;
    private final OrgService orgs;

    @Activate
    public AnswerTimeMetric(@Reference QaStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String name() {
        return "Hỏi đáp: thời gian trả lời (giờ, trung vị)";
    }

    @Override
    public Value compute(long orgId, Instant from, Instant to) {
        OrgTree tree = orgs.tree();
        List<Long> all = new ArrayList<>();
        Map<Long, List<Long>> byChild = new HashMap<>();
        for (long[] r : store.answerTimes(from, to)) {
            if (tree.isWithin(r[0], orgId)) {
                all.add(r[1]);
                Long child = tree.childTowards(orgId, r[0]);
                if (child != null) {
                    byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(r[1]);
                }
            }
        }
        Map<Long, Long> children = new LinkedHashMap<>();
        for (OrgNode c : tree.children(orgId)) {
            children.put(c.id(), hours(byChild.getOrDefault(c.id(), List.of())));
        }
        return new Value(hours(all), children);
    }

    /** The median of {@code seconds} in whole hours, rounded; 0 for none. */
    static long hours(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return 0;
        }
        List<Long> s = new ArrayList<>(seconds);
        Collections.sort(s);
        int n = s.size();
        double median = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
        return Math.round(median / 3600);
    }
}
