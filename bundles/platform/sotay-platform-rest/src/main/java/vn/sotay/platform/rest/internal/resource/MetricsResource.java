package vn.sotay.platform.rest.internal.resource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** Metrics contributed by modules, computed for a subtree the caller oversees. */
@Component(service = MetricsResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
@Urgency(Urgency.Level.DEFERRABLE)
public class MetricsResource {
    private final Map<String, Registered> providers = new ConcurrentHashMap<>();
    private final OrgService orgs;
    private final AuthorizationService authz;

    private record Registered(MetricProvider provider, String module, List<String> tags) {
    }

    /** A metric that can be computed. */
    public record MetricInfo(String id, String name, String module, List<String> tags) {
    }

    /** A computed metric, per direct child of the organisation too. */
    public record MetricResult(String id, String name, long orgId, Instant from, Instant to, long total,
            List<ChildValue> byChild) {
    }

    /** The metric for one child organisation. */
    public record ChildValue(long orgId, String name, long value) {
    }

    @Activate
    public MetricsResource(@Reference OrgService orgs, @Reference AuthorizationService authz) {
        this.orgs = orgs;
        this.authz = authz;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(MetricProvider p, Map<String, Object> props) {
        Object tags = props.get(MetricProvider.TAGS);
        List<String> t = tags instanceof String[] a ? List.of(a) : tags == null ? List.of() : List.of(tags.toString());
        providers.put(String.valueOf(props.get(MetricProvider.ID)),
                new Registered(p, String.valueOf(props.getOrDefault(SotayModule.MODULE, "")), t));
    }

    void removeProvider(MetricProvider p) {
        providers.values().removeIf(r -> r.provider() == p);
    }

    @GET
    @Summary("Các chỉ số thống kê mà các phân hệ cung cấp")
    @OperationId("listMetrics")
    public List<MetricInfo> list(@Context SecurityContext sc) {
        Callers.of(sc);
        return providers.entrySet().stream()
                .map(e -> new MetricInfo(e.getKey(), e.getValue().provider().name(), e.getValue().module(), e.getValue().tags()))
                .sorted(Comparator.comparing(MetricInfo::id)).toList();
    }

    @GET
    @Path("{id}")
    @Summary("Tính một chỉ số cho cây con của đơn vị org trong khoảng [from, to) (ISO-8601)")
    @OperationId("computeMetric")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "org")
    public MetricResult compute(@PathParam("id") String id, @QueryParam("org") Long org, @Description(value = "Từ thời điểm (ISO-8601, ví dụ 2025-01-01T00:00:00Z)", type = "date-time") @QueryParam("from") String from,
            @Description(value = "Đến trước thời điểm (ISO-8601)", type = "date-time") @QueryParam("to") String to, @Context SecurityContext sc) {
        Caller caller = Callers.of(sc);
        Registered r = providers.get(id);
        if (r == null) {
            throw ProblemException.notFound("Không có chỉ số «" + id + "».");
        }
        Resources.required(org, "org");
        if (orgs.tree().node(org) == null) {
            throw ProblemException.invalid("org", "Không tìm thấy đơn vị");
        }
        authz.require(caller, org, Role.SECRETARY, Role.COMMITTEE);
        Instant f = instant(from, "from", Instant.EPOCH);
        Instant t = instant(to, "to", Instant.now());
        MetricProvider.Value v = r.provider().compute(org, f, t);
        List<ChildValue> children = orgs.tree().children(org).stream()
                .map(c -> new ChildValue(c.id(), c.name(), v.byChild().getOrDefault(c.id(), 0L))).toList();
        return new MetricResult(id, r.provider().name(), org, f, t, v.total(), children);
    }

    private static Instant instant(String s, String field, Instant dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            Instant i = Instant.parse(s);
            if (vn.sotay.api.persistence.Sql.storable(i)) {
                return i;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw ProblemException.invalid(field, "Thời điểm không hợp lệ (ISO-8601 từ năm 1900 đến năm 3000, ví dụ "
                + "2024-09-01T00:00:00Z)");
    }
}
