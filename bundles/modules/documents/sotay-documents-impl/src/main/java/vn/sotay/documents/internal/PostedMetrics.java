package vn.sotay.documents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/**
 * Metrics of documents published in the period by committees inside the subtree (Central documents
 * count at the province, which posts them): {@code documents.posted} for every level and
 * {@code documents.posted.central}, {@code .province}, {@code .district}, {@code .grassroots} for
 * one level each, so that a statistics screen picks a level like any other metric. One component
 * registers the five providers and withdraws them when the module stops.
 */
@Component(service = {}, immediate = true)
public class PostedMetrics {
    private final List<ServiceRegistration<MetricProvider>> registrations = new ArrayList<>();

    @Activate
    public PostedMetrics(BundleContext context, @Reference DocumentStore store, @Reference OrgService orgs) {
        register(context, "documents.posted", new Posted(store, orgs, null));
        for (DocLevel level : DocLevel.values()) {
            register(context, "documents.posted." + level.name().toLowerCase(Locale.ROOT), new Posted(store, orgs, level));
        }
    }

    private void register(BundleContext context, String id, MetricProvider metric) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(MetricProvider.ID, id);
        props.put(MetricProvider.TAGS, new String[] {"documents", "monthly"});
        props.put(SotayModule.MODULE, DocumentsModule.ID);
        registrations.add(context.registerService(MetricProvider.class, metric, props));
    }

    @Deactivate
    void close() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    /** Published documents of one level ({@code null}: all), counted at their owner and rolled up. */
    record Posted(DocumentStore store, OrgService orgs, DocLevel level) implements MetricProvider {
        @Override
        public String name() {
            return level == null ? "Tài liệu đã đăng" : switch (level) {
                case CENTRAL -> "Tài liệu Trung ương đã đăng";
                case PROVINCE -> "Tài liệu cấp tỉnh đã đăng";
                case DISTRICT -> "Tài liệu cấp huyện đã đăng";
                case GRASSROOTS -> "Tài liệu cấp cơ sở đã đăng";
            };
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            Map<Long, Long> byOwner = new HashMap<>();
            for (Object[] r : store.publishedBy(from, to)) {
                if (level == null || level.name().equals(r[1])) {
                    byOwner.merge(((Number) r[0]).longValue(), ((Number) r[2]).longValue(), Long::sum);
                }
            }
            return Value.rollUp(orgs.tree(), orgId, byOwner);
        }
    }
}
