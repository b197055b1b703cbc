package vn.sotay.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.surveys.internal.BallotBox.AnswerRow;
import vn.sotay.surveys.internal.Survey.QuestionKind;
import vn.sotay.surveys.internal.Survey.Question;

/**
 * Demo data: a closed anonymous survey of the whole province with responses from about two members
 * in three (results public), and a named survey of Thành ủy TP open for a week. Only into an empty module.
 */
@Component(property = SotayModule.MODULE + "=" + SurveysModule.ID)
public class DemoSurveys implements DemoContributor {
    static final int MAX_RESPONSES = 600;
    private final SurveyStore store;
    private final BallotBox box;
    private final MemberService members;

    @Activate
    public DemoSurveys(@Reference SurveyStore store, @Reference BallotBox box, @Reference MemberService members) {
        this.store = store;
        this.box = box;
        this.members = members;
    }

    @Override
    public String name() {
        return SurveysModule.ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext demo) {
        if (store.count() > 0 || demo.tree().roots().isEmpty()) {
            return;
        }
        OrgTree tree = demo.tree();
        Instant now = demo.now().truncatedTo(ChronoUnit.SECONDS);
        Caller creator = demo.account("0900000002").map(a -> new Caller(a.accountId(), a.memberId(), a.name(), null, List.of()))
                .orElse(Caller.SYSTEM);
        OrgNode root = tree.roots().get(0);
        Survey closed = store.insert(new SurveyDraft("Lấy ý kiến về sinh hoạt chi bộ định kỳ",
                "Ý kiến của đảng viên giúp cấp ủy nâng cao chất lượng sinh hoạt chi bộ.", root.id(), true, true,
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(20)), List.of(
                        new Question(0, QuestionKind.SINGLE, "Đồng chí đánh giá chất lượng sinh hoạt chi bộ định kỳ của chi bộ mình?", true,
                                List.of("Tốt", "Khá", "Trung bình", "Kém"), null, null),
                        new Question(0, QuestionKind.MULTIPLE, "Nội dung nào cần được chú trọng hơn?", false,
                                List.of("Học tập nghị quyết", "Tình hình địa phương", "Phê bình và tự phê bình",
                                        "Phát triển đảng viên"), 2, null),
                        new Question(0, QuestionKind.TEXT, "Đề xuất khác của đồng chí", false, List.of(), null, 1000))),
                creator, now.minus(Duration.ofDays(31)));
        store.publish(closed.id());
        store.mark(closed.id(), "openTold");
        store.mark(closed.id(), "reminded");
        closed = store.find(closed.id()).orElseThrow();
        List<Question> q = closed.questions();
        List<Member> everyone = members.invitedIn(Tally.subtree(tree, root.id()));
        String[] ideas = {"Nên gửi tài liệu trước buổi sinh hoạt để đảng viên nghiên cứu.",
            "Đề nghị dành thời gian thảo luận các vấn đề bức xúc ở khu dân cư.", "Tăng cường sinh hoạt chuyên đề."};
        int n = 0;
        for (Member m : everyone) {
            if (n >= MAX_RESPONSES || m.id() % 3 == 0) {
                continue;
            }
            int k = (int) (m.id() % 7);
            List<AnswerRow> rows = new java.util.ArrayList<>(List.of(new AnswerRow(null, q.get(0).id(), k < 3 ? 0 : k < 6 ? 1 : 2, null),
                    new AnswerRow(null, q.get(1).id(), k % 4, null)));
            if (k == 1) {
                rows.add(new AnswerRow(null, q.get(2).id(), -1, ideas[(int) (m.id() % ideas.length)]));
            }
            box.respond(closed, m.id(), rows, null);
            n++;
        }
        OrgNode tp = tree.byCode("TP");
        Survey open = store.insert(new SurveyDraft("Thăm dò nhu cầu học tập nghị quyết năm tới",
                "Cấp ủy lấy ý kiến để xây dựng kế hoạch học tập, quán triệt nghị quyết.", tp == null ? root.id() : tp.id(),
                false, false, now.minus(Duration.ofHours(2)), now.plus(Duration.ofDays(7)), List.of(
                        new Question(0, QuestionKind.SINGLE, "Hình thức học tập phù hợp nhất với đồng chí?", true,
                                List.of("Tập trung tại hội trường", "Trực tuyến", "Kết hợp"), null, null),
                        new Question(0, QuestionKind.TEXT, "Chuyên đề đồng chí muốn được giới thiệu", false, List.of(), null, 2000))),
                creator, now.minus(Duration.ofHours(3)));
        store.publish(open.id());
        store.mark(open.id(), "openTold");
    }
}
