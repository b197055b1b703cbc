package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/** A survey with its questions, as the store returns it (timestamps as instants). */
record Survey(long id, String title, String description, long orgId, boolean anonymous, boolean resultsPublic,
        boolean published, Instant openAt, Instant closeAt, Instant closedAt, boolean openTold, boolean reminded,
        Instant lastRemindAt, long creatorAccountId, String creatorName, Instant createdAt, List<Question> questions) {

    /** Where a survey is in its life. */
    @Description("Trạng thái cuộc thăm dò")
    enum SurveyStatus {
        @Description("Bản nháp: chỉ cấp ủy quản lý thấy, còn sửa được") DRAFT,
        @Description("Đã phát hành, chưa đến giờ mở") SCHEDULED,
        @Description("Đang mở: đảng viên trả lời và sửa câu trả lời") OPEN,
        @Description("Đã kết thúc") CLOSED
    }

    /** The kind of a question. */
    @Description("Loại câu hỏi")
    enum QuestionKind {
        @Description("Chọn một phương án") SINGLE,
        @Description("Chọn nhiều phương án (có thể giới hạn số lựa chọn)") MULTIPLE,
        @Description("Trả lời tự do (văn bản, giới hạn độ dài)") TEXT
    }

    /** A question; {@code options} empty for {@link QuestionKind#TEXT}. */
    record Question(long id, QuestionKind kind, String text, boolean required, List<String> options, Integer maxChoices,
            Integer maxLength) {
    }

    SurveyStatus status(Instant now) {
        if (!published) {
            return SurveyStatus.DRAFT;
        }
        if (closedAt != null || !now.isBefore(closeAt)) {
            return SurveyStatus.CLOSED;
        }
        return now.isBefore(openAt) ? SurveyStatus.SCHEDULED : SurveyStatus.OPEN;
    }

    /** When answers stopped or stop being taken. */
    Instant closesAt() {
        return closedAt != null ? closedAt : closeAt;
    }
}
