package vn.sotay.spi.stats;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/**
 * A statistic a module can compute, selected by the statistics screens through {@link #TAGS}
 * (modelled on Felix Health Checks). Registered as a DS service with {@link #ID}, {@link #TAGS}
 * and {@link vn.sotay.spi.module.SotayModule#MODULE}. Computed on demand, off the hot path; the
 * caller's authority over {@code orgId} is checked by the core before it is called.
 */
@ConsumerType
public interface MetricProvider {

    /** Service property: metric id, {@code notices.sent}. */
    String ID = "sotay.metric.id";

    /** Service property (String+): tags such as {@code monthly}, {@code notices}. */
    String TAGS = "sotay.metric.tags";

    /** Vietnamese name of the metric ("Thông báo đã gửi"). */
    String name();

    /**
     * The value for the subtree of {@code orgId} over {@code [from, to)}, with the same figure per
     * direct child of {@code orgId} (child id → value).
     */
    Value compute(long orgId, Instant from, Instant to);

    /** A computed metric: total and per-child breakdown. */
    record Value(long total, Map<Long, Long> byChild) {

        /**
         * The usual way to compute a value: from counts keyed by organisation node (a cell, an
         * audience) to the total over the subtree of {@code orgId} and one entry per direct child
         * (zero included, in tree order). Nodes outside the subtree are ignored; a count on
         * {@code orgId} itself adds to the total only.
         */
        public static Value rollUp(OrgTree tree, long orgId, Map<Long, Long> countsByNode) {
            Map<Long, Long> byChild = new LinkedHashMap<>();
            for (OrgNode child : tree.children(orgId)) {
                byChild.put(child.id(), 0L);
            }
            long total = 0;
            for (Map.Entry<Long, Long> e : countsByNode.entrySet()) {
                if (e.getKey() != null && tree.isWithin(e.getKey(), orgId)) {
                    total += e.getValue();
                    Long child = tree.childTowards(orgId, e.getKey());
                    if (child != null) {
                        byChild.merge(child, e.getValue(), Long::sum);
                    }
                }
            }
            return new Value(total, byChild);
        }
    }
}
