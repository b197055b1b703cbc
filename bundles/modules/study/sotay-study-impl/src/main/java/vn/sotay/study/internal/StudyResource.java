package vn.sotay.study.internal;

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
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Views.StudyOverview;

/** {@code GET /api/study}: the caller's study page. */
@Component(service = StudyResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyResource {
    static final int DUE_MAX = 50;
    static final int MANAGED_MAX = 20;
    private final StudyDesk desk;

    @Activate
    public StudyResource(@Reference StudyDesk desk) {
        this.desk = desk;
    }

    @GET
    @OperationId("getStudyOverview")
    @Summary("Trang học tập của tôi: cuộc thi, bài kiểm tra đang mở dành cho tôi (kèm lượt đã dùng, lượt đang làm dở); "
            + "với cấp ủy: cuộc thi và ngân hàng câu hỏi của các tổ chức mình quản lý")
    public StudyOverview overview(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        List<Contest> open = c.cellId() == null || c.memberId() == null ? List.of()
                : desk.store.contests.openFor(tree.pathIds(c.cellId()), now, DUE_MAX).stream()
                        .filter(k -> desk.eligible(c, tree, k)).toList();
        List<Contest> managed = desk.store.contests.of(desk.managed(c, desk.store.contests.orgs()), 0, MANAGED_MAX);
        List<Long> ids = java.util.stream.Stream.concat(open.stream(), managed.stream()).map(Contest::id).distinct().toList();
        Map<Long, List<Attempt>> mine = c.memberId() == null ? Map.of() : desk.store.attempts.ofMember(c.memberId(), ids);
        return new StudyOverview(
                open.stream().map(k -> Views.contest(k, tree, now, true, mine.getOrDefault(k.id(), List.of()),
                        desk.manages(c, k.orgId()))).toList(),
                managed.stream().map(k -> Views.contest(k, tree, now, desk.eligible(c, tree, k),
                        mine.getOrDefault(k.id(), List.of()), true)).toList(),
                desk.store.banks.ownedBy(desk.managed(c, desk.store.banks.owners()), 0, MANAGED_MAX).stream()
                        .map(b -> Views.bank(b, tree)).toList(),
                programmes(c, tree, now));
    }

    private List<ProgrammeViews.ProgrammeItem> programmes(Caller c, OrgTree tree, Instant now) {
        List<Lessons.Programme> due = c.cellId() == null ? List.of()
                : desk.store.programmes.dueFor(tree.pathIds(c.cellId()), now, MANAGED_MAX);
        List<Lessons.Programme> managed = desk.store.programmes.of(desk.managed(c, desk.store.programmes.orgs()), 0, MANAGED_MAX);
        return java.util.stream.Stream.concat(due.stream(), managed.stream()).distinct()
                .map(p -> ProgrammeViews.item(p, tree, desk.manages(c, p.orgId()))).toList();
    }
}
