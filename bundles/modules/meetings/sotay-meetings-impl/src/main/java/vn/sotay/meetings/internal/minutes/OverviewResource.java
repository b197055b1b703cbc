package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.spi.module.SotayModule;

/** {@code GET /api/meetings/overview}: following the cells' meetings from above, per month. */
@Component(service = OverviewResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {
    private final OverviewStore store;
    private final OrgService orgs;
    private final AuthorizationService auth;

    @Activate
    public OverviewResource(@Reference OverviewStore store, @Reference OrgService orgs, @Reference AuthorizationService auth) {
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
    }

    @GET
    @Urgency(Urgency.Level.DEFERRABLE)
    @Path("overview")
    @OperationId("getMeetingsOverview")
    @Summary("Theo dõi sinh hoạt chi bộ trong tháng: thông báo, đã họp, biên bản, tỷ lệ dự họp, xếp loại, chi bộ chưa dùng hệ thống (cấp ủy, bí thư)")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "org")
    public Overview overview(@Context SecurityContext sc,
            @QueryParam("org") @Description("Tổ chức (id) cần theo dõi") Long org,
            @QueryParam("month") @Description("Tháng yyyy-MM; mặc định tháng này") String month) {
        Caller c = Callers.of(sc);
        OrgTree tree = orgs.tree();
        if (org == null || tree.node(org) == null) {
            throw ProblemException.invalid("org", "Tổ chức không tồn tại.");
        }
        int key = monthKey(month);
        auth.require(c, org, Role.SECRETARY, Role.COMMITTEE);
        return OverviewRollup.build(tree, org, key, store.months(key, key));
    }

    /** {@code yyyy-MM} (2000..2999) as yyyymm; blank: this month in Asia/Ho_Chi_Minh. */
    static int monthKey(String month) {
        if (month == null || month.isBlank()) {
            return MeetingsStore.monthKey(Instant.now());
        }
        try {
            if (month.length() != 7) {
                throw new DateTimeParseException("length", month, 0);
            }
            YearMonth ym = YearMonth.parse(month);
            if (ym.getYear() < 2000 || ym.getYear() > 2999) {
                throw new DateTimeParseException("year", month, 0);
            }
            return ym.getYear() * 100 + ym.getMonthValue();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "Tháng phải có dạng yyyy-MM (từ 2000 đến 2999).");
        }
    }
}
