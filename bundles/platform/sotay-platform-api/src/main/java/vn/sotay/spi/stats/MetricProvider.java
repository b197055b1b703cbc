package vn.sotay.spi.stats;

import java.time.Instant;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

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
    }
}
