package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.pdf.PdfService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.ContestStore.ContestDraft;
import vn.sotay.study.internal.Rankings.ContestRankings;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Views.AttemptView;
import vn.sotay.study.internal.Views.ContestItem;

/** Quizzes and contests ({@code /api/study/contests}): set-up, starting or resuming an attempt, rankings. */
@Component(service = ContestsResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContestsResource {
    private final StudyDesk desk;
    private final AuditService audit;
    /** The platform's PDF writer (sotay-files); without it a certificate is a 503 and nothing else changes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PdfService pdf;

    @Activate
    public ContestsResource(@Reference StudyDesk desk, @Reference AuditService audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @POST
    @OperationId("createStudyContest")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId and the bank's organisation")
    @Returns(value = ContestItem.class, status = 201)
    @Summary("Tạo một bài kiểm tra hoặc cuộc thi: rút ngẫu nhiên số câu hỏi từ ngân hàng theo chủ đề và mức độ, "
            + "mở cho một cây con (hoặc cho người giữ một vai trò trong đó) trong một khoảng thời gian")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, ContestRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        ContestDraft d = ContestRules.draft(request, tree, now);
        desk.auth.require(c, d.orgId(), StudyDesk.MANAGERS);
        Bank bank = desk.store.banks.find(d.bankId()).filter(b -> desk.manages(c, b.orgId()))
                .orElseThrow(() -> ProblemException.invalid("bankId", "Không tìm thấy ngân hàng câu hỏi."));
        List<Long> drawn = ContestRules.draw(desk.store.banks.candidates(bank.id(), d.topic(), d.difficulty()),
                d.questionCount());
        Contest k = desk.store.contests.insert(d, drawn, c, now);
        audit.record(c, "study.contest.create", "studyContest", String.valueOf(k.id()), k.title());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(k.id())).build())
                .entity(Views.contest(k, tree, now, desk.eligible(c, tree, k), List.of(), true)).build();
    }

    @GET
    @Path("{id}")
    @OperationId("getStudyContest")
    @Summary("Mở một cuộc thi: thời gian, số câu, lượt đã dùng và lượt đang làm dở của tôi")
    public ContestItem get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = desk.orgs.tree();
        Contest k = desk.contest(c, id);
        List<Attempt> mine = c.memberId() == null ? List.of() : desk.store.attempts.of(k.id(), c.memberId());
        return Views.contest(k, tree, now, desk.eligible(c, tree, k), mine, desk.manages(c, k.orgId()));
    }

    @POST
    @Path("{id}/attempts")
    @Urgency(Urgency.Level.VITAL)
    @OperationId("startStudyAttempt")
    @Returns(value = AttemptView.class, status = 201)
    @Summary("Bắt đầu làm bài (201), hoặc tiếp tục lượt đang làm dở với thời gian còn lại (200); "
            + "thứ tự câu hỏi và phương án riêng cho từng người; không có đáp án")
    public Response start(@Context SecurityContext sc, @PathParam("id") long id) {
        Started s = begin(Callers.of(sc), id, Instant.now());
        return Response.status(s.created() ? 201 : 200).entity(s.view()).build();
    }

    /** A started (created) or resumed attempt. */
    record Started(AttemptView view, boolean created) {
    }

    Started begin(Caller c, long id, Instant now) {
        OrgTree tree = desk.orgs.tree();
        Contest k = desk.contest(c, id);
        if (!desk.eligible(c, tree, k)) {
            throw ProblemException.forbidden("Cuộc thi này không dành cho đồng chí.");
        }
        if (!k.open(now)) {
            throw ProblemException.conflict(k.closed(now) ? "Cuộc thi đã kết thúc." : "Cuộc thi chưa mở.");
        }
        Optional<Attempt> running = running(k, c.memberId(), now);
        if (running.isPresent()) {
            return new Started(view(k, running.get(), now), false);
        }
        List<Long> drawn = desk.store.contests.questionIds(k.id());
        Attempt a;
        try {
            a = insert(k, c, drawn.size(), now);
        } catch (ProblemException e) {
            // "every attempt used" because a concurrent start just committed this member's attempt: resume it
            return new Started(view(k, running(k, c.memberId(), now).orElseThrow(() -> e), now), false);
        } catch (RuntimeException e) {
            if (!UniqueKey.violated(e)) {
                throw e;   // a real fault: the platform answers a problem with an incident id and logs it
            }
            // a concurrent start of the same member won the unique (contest, member, number): resume it
            a = running(k, c.memberId(), now).orElseThrow(() -> ProblemException.conflict(
                    "Lượt làm bài vừa được bắt đầu từ một thiết bị khác; vui lòng thử lại."));
            return new Started(view(k, a, now), false);
        }
        audit.record(c, "study.attempt.start", "studyAttempt", String.valueOf(a.id()), k.title());
        return new Started(view(k, a, now), true);
    }

    StudyDesk desk() {
        return desk;
    }

    /** Stores a new attempt; a concurrent start of the same member makes it fail on the unique key. */
    Attempt insert(Contest k, Caller c, int total, Instant now) {
        return desk.store.attempts.start(k, c.memberId(), c.cellId(), ContestRules.RANDOM.nextLong(), total, now);
    }

    @GET
    @Path("{id}/rankings")
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("getStudyContestRankings")
    @Summary("Kết quả và xếp hạng (công bố khi cuộc thi kết thúc): theo người và theo tổ chức trực thuộc "
            + "(tỷ lệ tham gia, điểm trung bình, người cao điểm); không tính đảng viên miễn sinh hoạt")
    public ContestRankings rankings(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        Contest k = desk.contest(c, id);
        if (!k.closed(now)) {
            throw ProblemException.conflict("Kết quả được công bố khi cuộc thi kết thúc.");
        }
        desk.scoreExpired(k, now);
        List<Attempt> scored = desk.store.attempts.scored(k.id());
        var members = desk.members.getAll(scored.stream().map(Attempt::memberId).distinct().toList());
        return Rankings.of(k, desk.orgs.tree(), scored, members, desk.members.countedByCell());
    }

    @GET
    @Path("{id}/certificate")
    @Produces(MediaType.WILDCARD)
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("getStudyCertificate")
    @Returns(value = byte[].class, mediaType = "application/pdf")
    @Summary("Giấy chứng nhận (PDF) của tôi khi điểm cao nhất đạt mức của cuộc thi, sau khi công bố kết quả; "
            + "409 trước khi công bố, 404 khi chưa có bài được chấm, 403 khi chưa đạt")
    public Response certificate(@Context SecurityContext sc, @PathParam("id") long id) {
        return Response.ok(certificate(Callers.of(sc), id, Instant.now()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"giay-chung-nhan-" + id + ".pdf\"").build();
    }

    byte[] certificate(Caller c, long id, Instant now) {
        Contest k = desk.contest(c, id);
        if (c.memberId() == null) {
            throw ProblemException.notFound("Đồng chí chưa có bài làm được chấm điểm trong " + Certificates.noun(k) + " này.");
        }
        if (k.kind() == Rows.Kind.QUIZ || k.closed(now)) {
            desk.scoreExpired(k, now);   // attempts whose deadline passed unsubmitted count with what was saved in time
        }
        Attempt best = Certificates.passing(k, desk.store.attempts.of(k.id(), c.memberId()), now);
        PdfService writer = pdf;
        if (writer == null) {
            throw new ProblemException(503, "unavailable", "Tạm thời chưa tạo được giấy chứng nhận",
                    "Dịch vụ tạo tệp PDF đang không hoạt động; vui lòng thử lại sau.", null);
        }
        OrgTree tree = desk.orgs.tree();
        String name = desk.members.get(c.memberId()).map(vn.sotay.api.member.Member::fullName).orElse(null);
        return writer.render(Certificates.document(k, best, name, Views.name(tree, best.cellId()),
                Views.name(tree, k.orgId())));
    }

    private Optional<Attempt> running(Contest k, long memberId, Instant now) {
        return desk.store.attempts.of(k.id(), memberId).stream().filter(a -> a.running(now)).findFirst();
    }

    private AttemptView view(Contest k, Attempt a, Instant now) {
        List<Long> drawn = desk.store.contests.questionIds(k.id());
        return Views.attempt(k, a, drawn, desk.questions(drawn), desk.store.attempts.answers(a.id()), now);
    }
}
