package vn.sotay.surveys.internal;

import java.util.List;

import vn.sotay.api.rest.Description;

/** Results of a survey: counts per option, free-text answers, response rates per child organisation. */
public record SurveyResults(long surveyId, String title, String orgName, Survey.SurveyStatus status, boolean anonymous,
        @Description("Số phiếu trả lời (mọi đảng viên đã trả lời)") long responses,
        @Description("Đảng viên được tính trong tỉ lệ (không gồm đảng viên miễn sinh hoạt)") long counted,
        @Description("Trong số đó, số đã trả lời") long respondedCounted,
        @Description("Tỉ lệ trả lời, 0 đến 1") double rate,
        @Description("Theo từng tổ chức cấp dưới trực tiếp") List<SurveyChildRate> children,
        List<SurveyQuestionResult> questions) {

    /** Rates of one direct child organisation. */
    public record SurveyChildRate(long orgId, String name, long counted, long responded, double rate) {
    }

    /** The tally of one question. */
    public record SurveyQuestionResult(long questionId, Survey.QuestionKind kind, String text, List<SurveyOptionCount> options,
            @Description("Câu trả lời tự do (ẩn danh: không kèm tên)") List<SurveyTextAnswer> answers,
            @Description("Số phiếu có trả lời câu này") long answered) {
    }

    /** One option's count. */
    public record SurveyOptionCount(String option, long count) {
    }

    /** A free-text answer; {@code memberName} only in named surveys. */
    public record SurveyTextAnswer(String text, String memberName) {
    }
}
