package vn.sotay.study.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.sotay.api.Role;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Description;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Kind;
import vn.sotay.study.internal.Rows.Question;

/** What the module answers. The answer key appears only in {@link BankQuestion} and in an attempt that {@link #keyShown} allows. */
final class Views {
    private Views() {
    }

    /** {@code GET /api/study}: what is due for the caller, and what the caller manages. */
    public record StudyOverview(@Description("Cuộc thi, bài kiểm tra đang mở dành cho tôi") List<ContestItem> due,
            @Description("Cuộc thi của các tổ chức tôi quản lý, mới nhất trước (20 cuộc đầu)") List<ContestItem> managed,
            @Description("Ngân hàng câu hỏi tôi quản lý (20 ngân hàng đầu)") List<BankItem> banks,
            @Description("Chương trình học tập gửi tới tôi còn hạn, hạn gần nhất trước; với cấp ủy: cả chương trình mình quản lý")
            List<ProgrammeViews.ProgrammeItem> programmes) {
    }

    public record BankItem(long id, String name, long orgId, String orgName, Instant createdAt) {
    }

    public record BankDetail(long id, String name, long orgId, String orgName, Instant createdAt,
            @Description("Số câu hỏi") long questions) {
    }

    /** A question as its bank's managers see it, key included. */
    public record BankQuestion(long id, String topic, int difficulty, boolean multiple, String text, List<String> options,
            @Description("Đáp án đúng: số thứ tự phương án, từ 0") List<Integer> correct, String explanation,
            String sourceDocument, String sourceArticle, String sourceRef) {
    }

    public record ImportResult(@Description("Số câu hỏi đã nhập") int imported, @Description("Tổng số câu hỏi của ngân hàng") long total) {
    }

    public enum ContestStatus {
        @Description("Chưa mở") UPCOMING,
        @Description("Đang mở") OPEN,
        @Description("Đã kết thúc") CLOSED
    }

    public record ContestItem(long id, Kind kind, String title, long orgId, String orgName,
            @Description("Chỉ dành cho người giữ vai trò này; null: mọi đảng viên") Role role, ContestStatus status,
            Instant opensAt, Instant closesAt, int minutes, int questionCount, int attemptsAllowed, int passPercent,
            @Description("Tôi được làm bài") boolean eligible, @Description("Số lượt tôi đã dùng") int attemptsUsed,
            @Description("Lượt đang làm dở (tiếp tục được), nếu có") Long runningAttemptId,
            @Description("Điểm cao nhất của tôi (số câu đúng), khi đã chấm") Integer bestScore,
            @Description("Tôi quản lý cuộc thi này") boolean manages) {
    }

    public record AttemptOption(@Description("Số thứ tự hiển thị, từ 0: gửi lại số này khi trả lời") int index, String text) {
    }

    /** One question of an attempt in the member's order; the key fields are null until {@link #keyShown}. */
    public record AttemptQuestion(@Description("Số thứ tự câu trong lượt làm bài, từ 1") int no, String text, boolean multiple,
            List<AttemptOption> options, @Description("Các phương án tôi đã chọn (số thứ tự hiển thị)") List<Integer> chosen,
            @Description("Đáp án đúng (số thứ tự hiển thị): chỉ sau khi nộp bài (cuộc thi: sau khi kết thúc)") List<Integer> correct,
            String explanation, String sourceDocument, String sourceArticle, String sourceRef) {
    }

    public record AttemptView(long id, long contestId, String contestTitle, Kind kind, int no, Instant startedAt,
            @Description("Hạn nộp theo đồng hồ máy chủ") Instant deadline,
            @Description("Giờ máy chủ lúc trả lời") Instant serverTime,
            @Description("Số giây còn lại theo đồng hồ máy chủ") long secondsLeft,
            @Description("Đã nộp") boolean submitted, @Description("Đã kết thúc (nộp hoặc hết giờ)") boolean over,
            @Description("Số câu đúng, khi đã chấm") Integer score, int total,
            @Description("Đạt điểm đạt của cuộc thi, khi đã chấm") Boolean passed,
            List<AttemptQuestion> questions) {

        /** The answer to {@code PUT /api/study/attempts/{id}/answers/{no}}. */
        public record SavedAnswer(int no, @Description("Các phương án đã lưu (số thứ tự hiển thị)") List<Integer> chosen,
                @Description("Giờ máy chủ khi lưu") Instant savedAt, @Description("Số giây còn lại") long secondsLeft) {
        }
    }

    static BankItem bank(Bank b, OrgTree tree) {
        return new BankItem(b.id(), b.name(), b.orgId(), name(tree, b.orgId()), b.createdAt());
    }

    static BankQuestion question(Question q) {
        return new BankQuestion(q.id(), q.topic(), q.difficulty(), q.multiple(), q.text(), q.options(),
                q.correct().stream().sorted().toList(), q.explanation(), q.sourceDocument(), q.sourceArticle(), q.sourceRef());
    }

    static ContestStatus status(Contest c, Instant now) {
        return c.closed(now) ? ContestStatus.CLOSED : c.open(now) ? ContestStatus.OPEN : ContestStatus.UPCOMING;
    }

    static ContestItem contest(Contest c, OrgTree tree, Instant now, boolean eligible, List<Attempt> mine, boolean manages) {
        Long running = mine.stream().filter(a -> a.running(now)).map(Attempt::id).findFirst().orElse(null);
        Integer best = mine.stream().map(Attempt::score).filter(s -> s != null).max(Integer::compare).orElse(null);
        return new ContestItem(c.id(), c.kind(), c.title(), c.orgId(), name(tree, c.orgId()), c.role(), status(c, now),
                c.opensAt(), c.closesAt(), c.minutes(), c.questionCount(), c.attemptsAllowed(), c.passPercent(),
                eligible, mine.size(), running, best, manages);
    }

    /** The key of an attempt is shown once it is over: at once for a quiz, after the close for a contest. */
    static boolean keyShown(Contest c, Attempt a, Instant now) {
        return a.over(now) && (c.kind() == Kind.QUIZ || c.closed(now));
    }

    static AttemptView attempt(Contest c, Attempt a, List<Long> drawn, Map<Long, Question> questions,
            Map<Long, Set<Integer>> answers, Instant now) {
        boolean key = keyShown(c, a, now);
        List<Integer> order = Shuffle.questions(a.seed(), drawn.size());
        List<AttemptQuestion> out = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            int pos = order.get(i);
            Question q = questions.get(drawn.get(pos));
            if (q == null) {
                continue;
            }
            List<Integer> perm = Shuffle.options(a.seed(), pos, q.options().size());
            List<AttemptOption> options = new ArrayList<>(perm.size());
            for (int shown = 0; shown < perm.size(); shown++) {
                options.add(new AttemptOption(shown, q.options().get(perm.get(shown))));
            }
            Set<Integer> chosen = answers.getOrDefault(q.id(), Set.of());
            out.add(new AttemptQuestion(i + 1, q.text(), q.multiple(), options, shown(perm, chosen),
                    key ? shown(perm, q.correct()) : null, key ? q.explanation() : null,
                    key ? q.sourceDocument() : null, key ? q.sourceArticle() : null, key ? q.sourceRef() : null));
        }
        long left = a.running(now) ? Math.max(0, Duration.between(now, a.deadline()).toSeconds()) : 0;
        Integer score = a.over(now) ? a.score() : null;
        Boolean passed = score == null || a.total() == 0 ? null : score * 100 >= c.passPercent() * a.total();
        return new AttemptView(a.id(), c.id(), c.title(), c.kind(), a.no(), a.startedAt(), a.deadline(), now, left,
                a.submittedAt() != null, a.over(now), score, a.total(), passed, out);
    }

    /** The question's own option indexes as the member's displayed indexes, ascending. */
    private static List<Integer> shown(List<Integer> perm, Set<Integer> own) {
        List<Integer> out = new ArrayList<>();
        for (int shown = 0; shown < perm.size(); shown++) {
            if (own.contains(perm.get(shown))) {
                out.add(shown);
            }
        }
        return out;
    }

    static String name(OrgTree tree, long orgId) {
        OrgNode n = tree.node(orgId);
        return n == null ? null : n.name();
    }
}
