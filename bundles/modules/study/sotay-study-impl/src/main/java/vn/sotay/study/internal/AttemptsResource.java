package vn.sotay.study.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Requests.AnswerRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Question;
import vn.sotay.study.internal.Views.AttemptView;

/**
 * A member's own attempt ({@code /api/study/attempts}): read it (resume), save answers as one goes,
 * submit. Times are the server's; nothing the client sends moves a deadline.
 */
@Component(service = AttemptsResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptsResource {
    private final StudyDesk desk;
    private final AuditService audit;

    @Activate
    public AttemptsResource(@Reference StudyDesk desk, @Reference AuditService audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @GET
    @Path("{id}")
    @Urgency(Urgency.Level.VITAL)
    @OperationId("getStudyAttempt")
    @Summary("Lượt làm bài của tôi: câu hỏi theo thứ tự riêng của tôi, câu trả lời đã lưu, số giây còn lại theo giờ máy chủ; "
            + "đáp án chỉ sau khi nộp (cuộc thi: sau khi kết thúc)")
    public AttemptView get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        Attempt a = desk.attempt(c, id);
        Contest k = desk.store.contests.find(a.contestId()).orElseThrow(() -> ProblemException.notFound("Không tìm thấy cuộc thi."));
        if (a.over(now) && a.score() == null) {
            desk.scoreExpired(k, now);
            a = desk.attempt(c, id);
        }
        return view(k, a, now);
    }

    @PUT
    @Path("{id}/answers/{no}")
    @Urgency(Urgency.Level.VITAL)
    @OperationId("saveStudyAnswer")
    @Summary("Lưu (hoặc thay) câu trả lời cho câu số no; gửi lại cùng câu trả lời không thay đổi gì; "
            + "409 khi bài đã nộp hoặc đã hết giờ theo đồng hồ máy chủ")
    public AttemptView.SavedAnswer save(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("no") int no,
            AnswerRequest request) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        Attempt a = desk.attempt(c, id);
        List<Long> drawn = desk.store.contests.questionIds(a.contestId());
        if (no < 1 || no > drawn.size()) {
            throw ProblemException.notFound("Không có câu hỏi số " + no + " trong lượt làm bài.");
        }
        int pos = Shuffle.questions(a.seed(), drawn.size()).get(no - 1);
        Question q = desk.questions(List.of(drawn.get(pos))).get(drawn.get(pos));
        if (q == null) {
            throw ProblemException.notFound("Câu hỏi không còn trong ngân hàng.");
        }
        List<Integer> perm = Shuffle.options(a.seed(), pos, q.options().size());
        List<Integer> chosen = request == null || request.choices() == null ? List.of() : request.choices();
        if (chosen.size() > perm.size() || chosen.stream().anyMatch(i -> i == null || i < 0 || i >= perm.size())
                || new HashSet<>(chosen).size() != chosen.size()) {
            throw ProblemException.invalid("choices", "Chọn các phương án có trong câu hỏi, mỗi phương án một lần.");
        }
        if (!q.multiple() && chosen.size() > 1) {
            throw ProblemException.invalid("choices", "Câu hỏi này chỉ chọn một phương án.");
        }
        Set<Integer> own = new HashSet<>();
        chosen.forEach(i -> own.add(perm.get(i)));
        desk.store.attempts.save(a.id(), q.id(), own, now);
        return new AttemptView.SavedAnswer(no, chosen.stream().sorted().toList(), now,
                Math.max(0, java.time.Duration.between(now, a.deadline()).toSeconds()));
    }

    @POST
    @Path("{id}/submit")
    @Urgency(Urgency.Level.VITAL)
    @OperationId("submitStudyAttempt")
    @Summary("Nộp bài và chấm điểm; nộp lại trả về cùng kết quả; 409 khi đã quá hạn theo đồng hồ máy chủ "
            + "(các câu đã lưu trước hạn vẫn được chấm)")
    public AttemptView submit(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        Attempt a = desk.attempt(c, id);
        Contest k = desk.store.contests.find(a.contestId()).orElseThrow(() -> ProblemException.notFound("Không tìm thấy cuộc thi."));
        boolean first = a.submittedAt() == null;
        Attempt done = desk.store.attempts.submit(a.id(), desk.key(desk.store.contests.questionIds(k.id())), now);
        if (first) {
            audit.record(c, "study.attempt.submit", "studyAttempt", String.valueOf(a.id()), done.score() + "/" + done.total());
        }
        return view(k, done, now);
    }

    private AttemptView view(Contest k, Attempt a, Instant now) {
        List<Long> drawn = desk.store.contests.questionIds(k.id());
        return Views.attempt(k, a, drawn, desk.questions(drawn), desk.store.attempts.answers(a.id()), now);
    }
}
