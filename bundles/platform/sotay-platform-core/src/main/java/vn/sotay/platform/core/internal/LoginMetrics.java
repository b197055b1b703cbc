package vn.sotay.platform.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** The platform's own metrics from CORE_VISIT: accounts that used the handbook, and visits (account-days). */
final class LoginMetrics {
    private LoginMetrics() {
    }

    /** {@code count} per cell over the visit days of {@code [from, to)} (days in Vietnam's time zone). */
    @SuppressWarnings("unchecked")
    static Map<Long, Long> grouped(CoreDb db, String count, Instant from, Instant to) {
        return db.unit().read(em -> {
            Map<Long, Long> out = new HashMap<>();
            for (Object[] r : (java.util.List<Object[]>) em.createNativeQuery("SELECT CELL_ID, " + count
                    + " FROM CORE_VISIT WHERE VISIT_DAY >= ? AND VISIT_DAY < ? GROUP BY CELL_ID")
                    .setParameter(1, java.sql.Date.valueOf(firstDay(from)))
                    .setParameter(2, java.sql.Date.valueOf(firstDay(to))).getResultList()) {
                out.put(r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    /** The first whole day starting at or after {@code t}. */
    static java.time.LocalDate firstDay(Instant t) {
        java.time.ZonedDateTime z = t.atZone(CoreDb.ZONE);
        return z.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? z.toLocalDate() : z.toLocalDate().plusDays(1);
    }

    /** A metric over CORE_VISIT: {@code count} per cell, rolled up. */
    abstract static class VisitMetric implements MetricProvider {
        private final CoreDb db;
        private final OrgService orgs;
        private final String count;

        VisitMetric(CoreDb db, OrgService orgs, String count) {
            this.db = db;
            this.orgs = orgs;
            this.count = count;
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return Value.rollUp(orgs.tree(), orgId, grouped(db, count, from, to));
        }
    }

    /** Distinct accounts that used the handbook in the period (numerator of the rate the provinces report). */
    @Component(service = MetricProvider.class, property = {MetricProvider.ID + "=platform.accounts",
            MetricProvider.TAGS + "=platform", MetricProvider.TAGS + "=monthly",
            SotayModule.MODULE + "=" + SotayModule.PLATFORM})
    public static class Accounts extends VisitMetric {
        @Activate
        public Accounts(@Reference CoreDb db, @Reference OrgService orgs) {
            super(db, orgs, "COUNT(DISTINCT ACCOUNT_ID)");
        }

        @Override
        public String name() {
            return "Tài khoản đã truy cập";
        }
    }

    /** Visits: days on which an account used the handbook, summed. */
    @Component(service = MetricProvider.class, property = {MetricProvider.ID + "=platform.visits",
            MetricProvider.TAGS + "=platform", MetricProvider.TAGS + "=monthly",
            SotayModule.MODULE + "=" + SotayModule.PLATFORM})
    public static class Visits extends VisitMetric {
        @Activate
        public Visits(@Reference CoreDb db, @Reference OrgService orgs) {
            super(db, orgs, "COUNT(*)");
        }

        @Override
        public String name() {
            return "Lượt truy cập";
        }
    }
}
