package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Description;
import vn.sotay.surveys.internal.Survey.Question;
import vn.sotay.surveys.internal.Survey.SurveyStatus;

/** What the module answers. */
final class Views {
    private Views() {
    }

    /** A survey in a list. */
    public record SurveyItem(long id, String title, @Description("Tổ chức được hỏi") long orgId, String orgName,
            SurveyStatus status, boolean anonymous, Instant openAt, Instant closeAt,
            @Description("Tôi đã trả lời") boolean answered, @Description("Tôi thuộc diện được hỏi") boolean invited,
            @Description("Tôi quản lý cuộc thăm dò này (cấp ủy, bí thư)") boolean manages) {
    }

    /** A survey with its questions, and the caller's own answers when it is named. */
    public record SurveyDetail(long id, String title, String description, long orgId, String orgName, SurveyStatus status,
            boolean anonymous, boolean resultsPublic, Instant openAt, Instant closeAt, String creatorName,
            List<SurveyQuestion> questions, boolean answered, boolean invited, boolean manages,
            @Description("Câu trả lời của tôi (chỉ với cuộc thăm dò không ẩn danh)") List<SurveyAnswer> myAnswers) {
    }

    /** A question as shown to members and managers. */
    public record SurveyQuestion(long id, Survey.QuestionKind kind, String text, boolean required, List<String> options,
            Integer maxChoices, Integer maxLength) {
    }

    /** One of the caller's answers. */
    public record SurveyAnswer(long questionId, List<Integer> options, String text) {
    }

    /** What answering did. */
    public record SurveyReceipt(long surveyId, @Description("Đã thay câu trả lời trước") boolean changed,
            @Description("Cuộc thăm dò ẩn danh: mã biên nhận (chỉ trả về một lần, giữ lại để sửa câu trả lời)") String receipt) {
    }

    /** A reminder's outcome. */
    public record SurveyReminder(long surveyId, @Description("Số đảng viên chưa trả lời được nhắc") long told) {
    }

    static String orgName(OrgTree tree, long orgId) {
        OrgNode n = tree.node(orgId);
        return n == null ? "" : n.name();
    }

    static SurveyItem item(Survey s, OrgTree tree, Instant now, boolean answered, boolean invited, boolean manages) {
        return new SurveyItem(s.id(), s.title(), s.orgId(), orgName(tree, s.orgId()), s.status(now), s.anonymous(),
                s.openAt(), s.closesAt(), answered, invited, manages);
    }

    static SurveyDetail detail(Survey s, OrgTree tree, Instant now, boolean answered, boolean invited, boolean manages,
            List<SurveyAnswer> mine) {
        return new SurveyDetail(s.id(), s.title(), s.description(), s.orgId(), orgName(tree, s.orgId()), s.status(now),
                s.anonymous(), s.resultsPublic(), s.openAt(), s.closesAt(), s.creatorName(),
                s.questions().stream().map(Views::question).toList(), answered, invited, manages, mine);
    }

    static SurveyQuestion question(Question q) {
        return new SurveyQuestion(q.id(), q.kind(), q.text(), q.required(), q.options(), q.maxChoices(), q.maxLength());
    }
}
