package vn.sotay.study.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.org.OrgTree;
import vn.sotay.study.internal.ContestStore.ContestDraft;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Kind;

/** Validation of a contest request and the draw of its questions. */
final class ContestRules {
    static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LONGEST = Duration.ofDays(366);

    private ContestRules() {
    }

    static ContestDraft draft(ContestRequest r, OrgTree tree, Instant now) {
        if (r == null) {
            throw ProblemException.invalid("title", "Thiếu nội dung cuộc thi.");
        }
        if (r.orgId() == null || tree.node(r.orgId()) == null) {
            throw ProblemException.invalid("orgId", "Chọn một tổ chức có trong hệ thống.");
        }
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty() || title.length() > 255) {
            throw ProblemException.invalid("title", "Tên cuộc thi không được để trống, tối đa 255 ký tự.");
        }
        if (r.bankId() == null) {
            throw ProblemException.invalid("bankId", "Chọn một ngân hàng câu hỏi.");
        }
        Role role = null;
        if (r.role() != null && !r.role().isBlank()) {
            role = parse(Role.class, r.role(), "role", "Vai trò không hợp lệ.");
            if (role == Role.MEMBER || role == Role.ADMIN) {
                throw ProblemException.invalid("role", "Chỉ giới hạn theo vai trò bí thư, cấp ủy, biên tập hoặc duyệt.");
            }
        }
        Kind kind = r.kind() == null || r.kind().isBlank() ? Kind.CONTEST
                : parse(Kind.class, r.kind(), "kind", "Loại phải là QUIZ hoặc CONTEST.");
        String topic = r.topic() == null || r.topic().isBlank() ? null : r.topic().strip();
        if (topic != null && topic.length() > 100) {
            throw ProblemException.invalid("topic", "Chủ đề tối đa 100 ký tự.");
        }
        if (r.difficulty() != null && (r.difficulty() < 1 || r.difficulty() > 3)) {
            throw ProblemException.invalid("difficulty", "Mức độ là 1, 2 hoặc 3.");
        }
        int count = range(r.questionCount(), null, 1, 200, "questionCount", "Số câu hỏi từ 1 đến 200.");
        int minutes = range(r.minutes(), null, 1, 600, "minutes", "Thời gian làm bài từ 1 đến 600 phút.");
        int attempts = range(r.attemptsAllowed(), 1, 1, 10, "attemptsAllowed", "Số lượt làm bài từ 1 đến 10.");
        int pass = range(r.passPercent(), 80, 0, 100, "passPercent", "Điểm đạt từ 0 đến 100 phần trăm.");
        Instant opens = r.opensAt() == null ? now : r.opensAt().truncatedTo(ChronoUnit.SECONDS);
        if (r.closesAt() == null) {
            throw ProblemException.invalid("closesAt", "Cho biết giờ kết thúc.");
        }
        Instant closes = r.closesAt().truncatedTo(ChronoUnit.SECONDS);
        if (!closes.isAfter(opens) || !closes.isAfter(now)) {
            throw ProblemException.invalid("closesAt", "Giờ kết thúc phải sau giờ mở và sau hiện tại.");
        }
        if (Duration.between(opens, closes).compareTo(LONGEST) > 0 || opens.isAfter(now.plus(LONGEST))) {
            throw ProblemException.invalid("closesAt", "Cuộc thi mở tối đa một năm, trong vòng một năm tới.");
        }
        return new ContestDraft(r.orgId(), role, kind, title, r.bankId(), topic, r.difficulty(), count, minutes,
                attempts, pass, opens, closes);
    }

    /** {@code n} of the candidates, at random, in a random order; 400 when there are fewer. */
    static List<Long> draw(List<Long> candidates, int n) {
        if (candidates.size() < n) {
            throw ProblemException.invalid("questionCount", "Ngân hàng chỉ có " + candidates.size()
                    + " câu hỏi phù hợp chủ đề và mức độ đã chọn, ít hơn " + n + ".");
        }
        List<Long> all = new ArrayList<>(candidates);
        Collections.shuffle(all, RANDOM);
        return List.copyOf(all.subList(0, n));
    }

    private static int range(Integer v, Integer dflt, int min, int max, String field, String message) {
        if (v == null && dflt != null) {
            return dflt;
        }
        if (v == null || v < min || v > max) {
            throw ProblemException.invalid(field, message);
        }
        return v;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s, String field, String message) {
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, message);
        }
    }
}
