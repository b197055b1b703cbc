package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Summary;
import vn.sotay.qa.internal.Rows.Counts;
import vn.sotay.qa.internal.Views.QaOverview;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider.Value;

/** {@code GET /api/qa}: the caller's overview. */
@Component(service = QaResource.class,
        property = {SotayModule.MODULE + "=" + QaModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QaResource {
    static final int MINE_MAX = 20;
    private final QaDesk desk;

    @Activate
    public QaResource(@Reference QaDesk desk) {
        this.desk = desk;
    }

    @GET
    @OperationId("getQaOverview")
    @Summary("Hỏi đáp của tôi: các câu hỏi tôi đã gửi và trạng thái; với cấp ủy: số câu hỏi đang chờ và quá hạn ở bàn trả lời")
    public QaOverview overview(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        var mine = c.memberId() == null ? List.<Views.QaQuestionItem>of()
                : desk.store.mine(c.memberId(), null, 0, MINE_MAX).stream().map(q -> Views.item(q, tree, now)).toList();
        var desks = desk.desks(c, tree);
        if (desks.isEmpty()) {
            return new QaOverview(mine, List.of(), desk.level.days());
        }
        Map<Long, Long> open = desk.store.openByOrg();
        Map<Long, Long> overdue = desk.store.overdueByOrg(now);
        return new QaOverview(mine, desks.stream().map(n -> Views.counts(n, new Counts(
                Value.rollUp(tree, n.id(), open).total(), Value.rollUp(tree, n.id(), overdue).total()))).toList(),
                desk.level.days());
    }
}
