package vn.sotay.platform.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** The platform's own metrics from CORE_VISIT: accounts that used the handbook, and visits (account-days). */
final class LoginMetrics {
    private LoginMetrics() {
    }

    /** Rolls per-cell figures up to {@code orgId}'s subtree and its direct children. */
    static MetricProvider.Value rollUp(OrgTree tree, long orgId, Map<Long, Long> byCell) {
        long total = 0;
        Map<Long, Long> byChild = new HashMap<>();
        for (Map.Entry<Long, Long> e : byCell.entrySet()) {
            if (e.getKey() != null && tree.isWithin(e.getKey(), orgId)) {
                total += e.getValue();
                Long child = tree.childTowards(orgId, e.getKey());
                if (child != null) {
                    byChild.merge(child, e.getValue(), Long::sum);
                }
            }
        }
        return new MetricProvider.Value(total, byChild);
    }

    /** {@code count} per cell over visits in {@code [from, to)} (days in UTC). */
    @SuppressWarnings("unchecked")
    static Map<Long, Long> grouped(CoreDb db, String count, Instant from, Instant to) {
        return db.unit().read(em -> {
            Map<Long, Long> out = new HashMap<>();
            for (Object[] r : (java.util.List<Object[]>) em.createNativeQuery("SELECT CELL_ID, " + count
                    + " FROM CORE_VISIT WHERE VISIT_DAY >= ? AND VISIT_DAY < ? GROUP BY CELL_ID")
                    .setParameter(1, java.sql.Date.valueOf(CoreDb.utc(from).toLocalDate()))
                    .setParameter(2, java.sql.Date.valueOf(CoreDb.utc(to).toLocalDate().plusDays(
                            CoreDb.utc(to).toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 0 : 1)))
                    .getResultList()) {
                out.put(r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    /** Distinct accounts that used the handbook in the period (numerator of the rate the provinces report). */
    @Component(service = MetricProvider.class, property = {MetricProvider.ID + "=platform.accounts",
            MetricProvider.TAGS + "=platform", MetricProvider.TAGS + "=monthly",
            SotayModule.MODULE + "=" + SotayModule.PLATFORM})
    public static class Accounts implements MetricProvider {
        private final CoreDb db;
        private final OrgService orgs;

        @Activate
        public Accounts(@Reference CoreDb db, @Reference OrgService orgs) {
            this.db = db;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Tài khoản đã truy cập";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return rollUp(orgs.tree(), orgId, grouped(db, "COUNT(DISTINCT ACCOUNT_ID)", from, to));
        }
    }

    /** Visits: days on which an account used the handbook, summed. */
    @Component(service = MetricProvider.class, property = {MetricProvider.ID + "=platform.visits",
            MetricProvider.TAGS + "=platform", MetricProvider.TAGS + "=monthly",
            SotayModule.MODULE + "=" + SotayModule.PLATFORM})
    public static class Visits implements MetricProvider {
        private final CoreDb db;
        private final OrgService orgs;

        @Activate
        public Visits(@Reference CoreDb db, @Reference OrgService orgs) {
            this.db = db;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Lượt truy cập";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return rollUp(orgs.tree(), orgId, grouped(db, "COUNT(*)", from, to));
        }
    }
}
