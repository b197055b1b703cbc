package vn.sotay.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** The library's statistics for staff ({@code /api/documents/stats}). */
@Component(service = DocumentStatsResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentStatsResource {
    private final DocumentActions docs;

    @Activate
    public DocumentStatsResource(@Reference DocumentActions docs) {
        this.docs = docs;
    }

    /** Per level: documents posted in the period and since the start, downloads. */
    @Description("Thống kê tài liệu của một tổ chức trong kỳ [from, to)")
    public record DocumentStats(long orgId, LocalDate from, LocalDate to,
            @Description("Số tài liệu đăng trong kỳ, theo cấp ban hành") Map<String, Long> postedByLevel,
            @Description("Số tài liệu đăng trong kỳ") long posted,
            @Description("Số tài liệu lũy kế đến hết kỳ, theo cấp ban hành") Map<String, Long> postedByLevelTotal,
            @Description("Số tài liệu lũy kế đến hết kỳ") long postedTotal,
            @Description("Lượt tải tệp đính kèm trong kỳ của đảng viên trong tổ chức") long downloads) {
    }

    @GET
    @OperationId("getDocumentStats")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "org")
    @Summary("Thống kê tài liệu của một tổ chức: số tài liệu đăng trong kỳ và lũy kế theo cấp, lượt tải "
            + "(bí thư, cấp ủy, quản trị); kỳ mặc định là tháng này")
    public DocumentStats stats(@Context SecurityContext sc, @Description("Tổ chức; mặc định gốc của cây") @QueryParam("org") Long org,
            @Description(value = "Từ ngày (năm-tháng-ngày); mặc định đầu tháng này", type = "date") @QueryParam("from") String from,
            @Description(value = "Đến trước ngày (năm-tháng-ngày); mặc định một tháng sau from", type = "date")
            @QueryParam("to") String to) {
        Caller c = Callers.of(sc);
        OrgTree tree = docs.orgs.tree();
        if (org == null && tree.roots().isEmpty()) {
            throw ProblemException.notFound("Chưa có cây tổ chức.");
        }
        long orgId = org == null ? tree.roots().get(0).id() : org;
        if (tree.node(orgId) == null) {
            throw ProblemException.invalid("org", "Tổ chức không tồn tại.");
        }
        docs.auth.require(c, orgId, Role.SECRETARY, Role.COMMITTEE, Role.ADMIN);
        LocalDate today = LocalDate.now(Access.ZONE);
        LocalDate f = DocumentQuery.date("from", from, today.withDayOfMonth(1));
        LocalDate t = DocumentQuery.date("to", to, f.plusMonths(1));
        if (!t.isAfter(f)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải sau ngày bắt đầu.");
        }
        DocumentStore store = docs.store;
        Map<String, Long> period = byLevel(tree, orgId, store.publishedBy(f.atStartOfDay(Access.ZONE).toInstant(),
                t.atStartOfDay(Access.ZONE).toInstant()));
        Map<String, Long> total = byLevel(tree, orgId, store.publishedBy(Instant.EPOCH,
                t.atStartOfDay(Access.ZONE).toInstant()));
        long downloads = store.downloadsByOrg(f, t).entrySet().stream()
                .filter(e -> tree.isWithin(e.getKey(), orgId)).mapToLong(Map.Entry::getValue).sum();
        return new DocumentStats(orgId, f, t, period, period.values().stream().mapToLong(Long::longValue).sum(), total,
                total.values().stream().mapToLong(Long::longValue).sum(), downloads);
    }

    private static Map<String, Long> byLevel(OrgTree tree, long orgId, List<Object[]> rows) {
        Map<DocLevel, Long> m = new EnumMap<>(DocLevel.class);
        for (DocLevel l : DocLevel.values()) {
            m.put(l, 0L);
        }
        for (Object[] r : rows) {
            if (tree.isWithin(((Number) r[0]).longValue(), orgId)) {
                m.merge(DocLevel.valueOf((String) r[1]), ((Number) r[2]).longValue(), Long::sum);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
