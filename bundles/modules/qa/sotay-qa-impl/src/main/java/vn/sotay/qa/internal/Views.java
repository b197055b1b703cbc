package vn.sotay.qa.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Description;
import vn.sotay.qa.internal.Rows.Counts;
import vn.sotay.qa.internal.Rows.Hop;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.qa.internal.Rows.Status;

/** What the REST layer answers: records named for client developers. */
final class Views {
    static final int EXCERPT = 200;

    private Views() {
    }

    /** A question in its asker's list. */
    record QaQuestionItem(long id, @Description("Chủ đề") String topic, @Description("Đầu câu hỏi (200 ký tự)") String excerpt,
            Status status, @Description("Trạng thái bằng lời") String statusLabel,
            @Description("Riêng tư: không bao giờ công bố") boolean privateQuestion,
            @Description("Cấp ủy đang được hỏi") long orgId, String orgName, Instant askedAt, Instant dueAt,
            @Description("Đã quá hạn trả lời") boolean overdue, Instant answeredAt) {
    }

    /** A question on a committee's answer desk, waiting longest first. */
    record QaDeskItem(long id, String topic, String text, boolean privateQuestion, Status status, String statusLabel,
            @Description("Người hỏi") String askerName, @Description("Chi bộ của người hỏi") String askerCellName,
            long orgId, String orgName, @Description("Người được giao trả lời") String assigneeName,
            Instant askedAt, Instant dueAt, @Description("Số giây đã chờ") long waitingSeconds, boolean overdue) {
    }

    /** One step of a question's route upward. */
    record QaRouteStep(long fromOrgId, String fromName, long toOrgId, String toName, String byName, String note, Instant at) {
    }

    /** The answer, with its citations resolved for the reader. */
    record QaAnswer(String text, @Description("Người trả lời") String byName, long orgId, String orgName, Instant at,
            @Description("Trích dẫn văn bản, tài liệu (tham chiếu nội dung)") List<ResolvedContent> citations) {
    }

    /** A question opened by its asker or an answering committee. */
    record QaQuestionDetail(long id, String topic, String text, boolean privateQuestion, Status status, String statusLabel,
            String askerName, long askerCellId, String askerCellName, long orgId, String orgName,
            @Description("Cấp ủy được hỏi đầu tiên") long firstOrgId, List<QaRouteStep> route, String assigneeName,
            Instant askedAt, Instant dueAt, long waitingSeconds, boolean overdue, QaAnswer answer, Instant closedAt,
            @Description("Người xem có thể giao, chuyển, trả lời") boolean canAct) {
    }

    /** Open and overdue questions of an organisation's subtree. */
    record QaDeskCounts(long orgId, String orgName, @Description("Câu hỏi đang chờ trả lời") long open,
            @Description("Trong đó quá hạn") long overdue) {
    }

    /** Overdue questions of an organisation's subtree, per child organisation. */
    record QaOverdueRollup(long orgId, String orgName, long open, long overdue, List<QaDeskCounts> children) {
    }

    /** {@code GET /api/qa}: the caller's own questions, then the desks the caller answers at. */
    record QaOverview(List<QaQuestionItem> mine, List<QaDeskCounts> desks,
            @Description("Thời hạn trả lời (ngày làm việc)") int serviceLevelDays) {
    }

    static String name(OrgTree tree, long id) {
        OrgNode n = tree.node(id);
        return n == null ? null : n.name();
    }

    static boolean overdue(Question q, Instant now) {
        return q.status().open() && q.dueAt().isBefore(now);
    }

    static long waiting(Question q, Instant now) {
        Instant end = q.status().open() ? now : q.answeredAt() != null ? q.answeredAt() : q.closedAt();
        return Math.max(0, Duration.between(q.askedAt(), end == null ? now : end).toSeconds());
    }

    static QaQuestionItem item(Question q, OrgTree tree, Instant now) {
        String t = q.text().length() <= EXCERPT ? q.text() : q.text().substring(0, EXCERPT - 1) + "…";
        return new QaQuestionItem(q.id(), q.topic(), t, q.status(), q.status().label(), q.privateQuestion(), q.orgId(),
                name(tree, q.orgId()), q.askedAt(), q.dueAt(), overdue(q, now), q.answeredAt());
    }

    static QaDeskItem desk(Question q, OrgTree tree, Instant now) {
        return new QaDeskItem(q.id(), q.topic(), q.text(), q.privateQuestion(), q.status(), q.status().label(),
                q.askerName(), name(tree, q.askerCellId()), q.orgId(), name(tree, q.orgId()), q.assigneeName(),
                q.askedAt(), q.dueAt(), waiting(q, now), overdue(q, now));
    }

    static QaQuestionDetail detail(Question q, OrgTree tree, Instant now, List<Hop> hops, List<ResolvedContent> cites,
            boolean canAct) {
        QaAnswer a = q.answer() == null ? null : new QaAnswer(q.answer(), q.answeredBy(), q.answeredOrgId(),
                name(tree, q.answeredOrgId()), q.answeredAt(), cites);
        return new QaQuestionDetail(q.id(), q.topic(), q.text(), q.privateQuestion(), q.status(), q.status().label(),
                q.askerName(), q.askerCellId(), name(tree, q.askerCellId()), q.orgId(), name(tree, q.orgId()),
                q.firstOrgId(), hops.stream().map(h -> new QaRouteStep(h.fromOrgId(), name(tree, h.fromOrgId()), h.toOrgId(),
                        name(tree, h.toOrgId()), h.byName(), h.note(), h.at())).toList(),
                q.assigneeName(), q.askedAt(), q.dueAt(), waiting(q, now), overdue(q, now), a, q.closedAt(), canAct);
    }

    static QaDeskCounts counts(OrgNode n, Counts c) {
        return new QaDeskCounts(n.id(), n.name(), c.waiting(), c.overdue());
    }
}
