package vn.sotay.study.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Kind;

/**
 * Demo data: a bank of 67 questions (Điều lệ Đảng, tư tưởng Hồ Chí Minh, Nghị quyết 57-NQ/TW and other
 * recent resolutions, {@code demo/questions.csv}, imported through the same import as an upload), a
 * programme on Nghị quyết 57-NQ/TW with three approved lessons, a contest of Thành ủy TP closed ten days
 * ago with the results of up to {@link #MAX_PARTICIPANTS} members, and a contest of the province open for
 * two weeks. Only into an empty module.
 */
@Component(property = SotayModule.MODULE + "=" + StudyModule.ID)
public class DemoStudy implements DemoContributor {
    static final int MAX_PARTICIPANTS = 150;
    private final StudyStore store;
    private final MemberService members;

    @Activate
    public DemoStudy(@Reference StudyStore store, @Reference MemberService members) {
        this.store = store;
        this.members = members;
    }

    @Override
    public String name() {
        return StudyModule.ID;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext demo) {
        if (!store.banks.owners().isEmpty() || demo.tree().roots().isEmpty()) {
            return;
        }
        load(demo.tree(), demo.now().truncatedTo(ChronoUnit.SECONDS),
                demo.account("0900000002").map(a -> a.accountId()).orElse(0L),
                demo.account("0900000005").map(a -> a.accountId()).orElse(0L));
    }

    /** Loads everything; {@code committee} creates, {@code editor} writes the lessons (account ids). */
    void load(OrgTree tree, Instant now, long committee, long editor) {
        OrgNode root = tree.roots().get(0);
        OrgNode tp = tree.byCode("TP") == null ? root : tree.byCode("TP");
        Bank bank = store.banks.insert(root.id(), "Ngân hàng câu hỏi tìm hiểu Điều lệ Đảng và các nghị quyết",
                now.minus(Duration.ofDays(40)));
        store.banks.addAll(bank.id(), QuestionImport.parse(Sheets.read(bundled())));
        Programme p = store.programmes.insert(root.id(), "Học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị",
                "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia: "
                        + "mỗi đảng viên học ba bài và trả lời câu hỏi kiểm tra cuối mỗi bài.",
                now.plus(Duration.ofDays(30)), committee, now.minus(Duration.ofDays(5)));
        DemoLessons.all().forEach(d -> {
            var l = store.programmes.insertLesson(p.id(), d, editor, now.minus(Duration.ofDays(5)));
            store.programmes.review(l.id(), ReviewAction.SUBMIT, null, now.minus(Duration.ofDays(5)));
            store.programmes.review(l.id(), ReviewAction.APPROVE, null, now.minus(Duration.ofDays(4)));
        });
        Caller by = new Caller(committee, null, "Demo", null, List.of());
        Contest closed = contest(tp.id(), "Cuộc thi tìm hiểu Điều lệ Đảng năm 2025", bank, "Điều lệ Đảng", 20,
                now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(10)), by, now.minus(Duration.ofDays(21)));
        results(tree, tp, closed);
        contest(root.id(), "Thi trắc nghiệm tìm hiểu Nghị quyết số 57-NQ/TW", bank, "Nghị quyết 57-NQ/TW", 10,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(14)), by, now.minus(Duration.ofDays(2)));
    }

    private Contest contest(long org, String title, Bank bank, String topic, int n, Instant opens, Instant closes, Caller by,
            Instant at) {
        var d = new ContestStore.ContestDraft(org, null, Kind.CONTEST, title, bank.id(), topic, null, n, 30, 1, 80, opens, closes);
        return store.contests.insert(d, ContestRules.draw(store.banks.candidates(bank.id(), topic, null), n), by, at);
    }

    /** Members counted in rates in the subtree take the closed contest; about three in four, with varied results. */
    private void results(OrgTree tree, OrgNode org, Contest k) {
        List<Long> cells = tree.subtree(org.id()).stream().filter(n -> n.type() == OrgType.CELL).map(OrgNode::id).toList();
        List<Long> drawn = store.contests.questionIds(k.id());
        Map<Long, Set<Integer>> key = new java.util.HashMap<>();
        store.banks.byIds(drawn).values().forEach(q -> key.put(q.id(), q.correct()));
        int taken = 0;
        for (Member m : members.invitedIn(cells)) {
            if (taken >= MAX_PARTICIPANTS || !Eligibility.countsInRates(m.status()) || m.id() % 4 == 0) {
                continue;
            }
            Instant start = k.opensAt().plus(Duration.ofHours(2 + m.id() % 200));
            Attempt a = store.attempts.start(k, m.id(), m.cellId(), m.id() * 7919, drawn.size(), start);
            for (int i = 0; i < drawn.size(); i++) {
                Set<Integer> right = key.get(drawn.get(i));
                boolean wrong = (m.id() + i) % (3 + m.id() % 5) == 0;
                Set<Integer> choice = wrong ? new HashSet<>(Set.of(right.contains(0) ? 1 : 0)) : right;
                store.attempts.save(a.id(), drawn.get(i), choice, start.plusSeconds(30L * (i + 1)));
            }
            store.attempts.submit(a.id(), key, start.plusSeconds(30L * drawn.size() + 60));
            taken++;
        }
    }

    static byte[] bundled() {
        try (InputStream in = DemoStudy.class.getClassLoader().getResourceAsStream("demo/questions.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/questions.csv is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
