package vn.sotay.qa.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContext.DemoAccount;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * Demo data (DỮ LIỆU MẪU): the FAQ of {@code demo/faq.tsv} (published, mostly province-wide) and questions
 * of the demo members A and B in every state: waiting, forwarded, answered, closed, overdue, private.
 * Each part once: the FAQ when no entry was written directly (every entry made through the API comes from a
 * question), the questions when the first of them is not there (tests may ask before the demo runs).
 */
@Component(property = SotayModule.MODULE + "=" + QaModule.ID)
public class DemoQa implements DemoContributor {
    static final String FAQ = "demo/faq.tsv";
    static final String FIRST_QUESTION = "Đảng viên đi làm ăn xa dài ngày thì tham gia sinh hoạt đảng ở đâu?";
    private final QaStore store;
    private final ServiceLevel level;

    @Activate
    public DemoQa(@Reference QaStore store, @Reference ServiceLevel level) {
        this.store = store;
        this.level = level;
    }

    @Override
    public String name() {
        return QaModule.ID;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void contribute(DemoContext demo) {
        OrgTree tree = demo.tree();
        if (tree.byCode("TU") == null) {
            return;
        }
        Instant now = demo.now().truncatedTo(ChronoUnit.SECONDS);
        long admin = demo.account("0900000001").map(DemoAccount::accountId).orElse(0L);
        if (store.faq.countWithoutQuestion() == 0) {
            for (String[] row : faq()) {
                OrgNode scope = tree.byCode(row[1]);
                if (scope != null) {
                    store.faq.insert(null, row[0], row[2], row[3], List.of(), row[4], scope.id(), scope.id(), scope.path(),
                            ReviewStatus.APPROVED, admin, now.minus(Duration.ofDays(30)));
                }
            }
        }
        if (!store.asked(FIRST_QUESTION)) {
            questions(demo, tree, now);
        }
    }

    private void questions(DemoContext demo, OrgTree tree, Instant now) {
        DemoAccount a = demo.account("0900000007").orElse(null);
        DemoAccount b = demo.account("0900000008").orElse(null);
        String tp = demo.account("0900000002").map(DemoAccount::name).orElse("Thành ủy");
        String sh = demo.account("0900000003").map(DemoAccount::name).orElse("Huyện ủy");
        OrgNode cellA = tree.byCode("TP-PBT-CB01");
        OrgNode cellB = tree.byCode("SH-XSL-CB01");
        OrgNode district = tree.byCode("TP");
        if (a != null && cellA != null && district != null) {
            ask(a, cellA, tree, "Công tác đảng viên", FIRST_QUESTION, false, now.minus(Duration.ofDays(1)));
            Question f = ask(a, cellA, tree, "Học tập nghị quyết", "Chi bộ có được tự in tài liệu học tập nghị quyết để phát "
                    + "cho đảng viên lớn tuổi không dùng điện thoại không?", false, now.minus(Duration.ofDays(3)));
            store.forward(f.id(), f.orgId(), district.id(), district.path(), tp,
                    "Việc in tài liệu do Thành ủy hướng dẫn chung.", now.minus(Duration.ofDays(2)));
            Question q = ask(a, cellA, tree, "Sinh hoạt chi bộ", "Kỳ sinh hoạt chi bộ tháng này có bắt buộc có nội dung "
                    + "chuyên đề không?", false, now.minus(Duration.ofDays(6)));
            store.answer(q.id(), q.orgId(), "Theo Nghị quyết số 06-NQ/TU, chi bộ sinh hoạt định kỳ mỗi tháng một lần và "
                    + "có chuyên đề ít nhất mỗi quý một lần; tháng này chi bộ chọn chuyên đề nếu quý chưa sinh hoạt chuyên đề.",
                    List.of(), tp, now.minus(Duration.ofDays(4)));
            Question c = ask(a, cellA, tree, "Sổ tay đảng viên điện tử", "Tôi quên mật khẩu đăng nhập Sổ tay thì làm thế nào?",
                    false, now.minus(Duration.ofDays(9)));
            store.close(c.id(), now.minus(Duration.ofDays(8)));
            ask(a, cellA, tree, "Đảng phí", "Tôi chuyển sang làm hợp đồng, không còn hưởng lương từ ngân sách thì đóng đảng phí "
                    + "thế nào?", true, now.minus(Duration.ofDays(12)));
        }
        if (b != null && cellB != null) {
            ask(b, cellB, tree, "Đảng phí", "Gia đình tôi đang gặp khó khăn, tôi có được xin giảm đảng phí không?", true,
                    now.minus(Duration.ofDays(2)));
            Question q = ask(b, cellB, tree, "Sinh hoạt chi bộ", "Chi bộ thôn có thể sinh hoạt vào buổi tối không?", false,
                    now.minus(Duration.ofDays(5)));
            store.answer(q.id(), q.orgId(), "Được. Theo Thông báo số 18-TB/HU, chi bộ thôn, tổ dân phố sinh hoạt buổi tối để "
                    + "đảng viên đi làm có thể dự.", List.of(), sh, now.minus(Duration.ofDays(4)));
        }
    }

    private Question ask(DemoAccount who, OrgNode cell, OrgTree tree, String topic, String text, boolean privateQuestion,
            Instant at) {
        OrgNode to = tree.node(cell.parentId());
        return store.ask(who.memberId(), who.name(), cell.id(), to.id(), to.path(), topic, text, privateQuestion, at,
                ServiceLevel.due(at, level.days()));
    }

    /** The rows of {@code demo/faq.tsv}: topic, scope code, question, answer, source. */
    static List<String[]> faq() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoQa.class.getClassLoader().getResourceAsStream(FAQ);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split("\t", -1);
                if (!line.startsWith("#") && cells.length == 5) {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
