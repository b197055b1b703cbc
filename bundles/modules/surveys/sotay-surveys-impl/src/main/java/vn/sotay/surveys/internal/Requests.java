package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/** JSON bodies the module accepts. */
final class Requests {
    private Requests() {
    }

    /** Body of {@code POST /api/surveys} and {@code PUT /api/surveys/{id}}. */
    public record SurveyRequest(@Description("Tiêu đề (tối đa 255 ký tự)") String title,
            @Description("Giới thiệu (tối đa 4.000 ký tự, không bắt buộc)") String description,
            @Description("Tổ chức được hỏi: đảng viên của tổ chức này và toàn bộ cấp dưới") Long orgId,
            @Description("Ẩn danh: không lưu liên hệ giữa đảng viên và câu trả lời") Boolean anonymous,
            @Description("Công bố kết quả cho đảng viên sau khi kết thúc") Boolean resultsPublic,
            @Description(value = "Mở lúc (ISO 8601)", type = "date-time") Instant openAt,
            @Description(value = "Kết thúc lúc (ISO 8601), sau giờ mở", type = "date-time") Instant closeAt,
            @Description("Câu hỏi, 1 đến 50") List<SurveyQuestionRequest> questions) {
    }

    /** One question of a {@link SurveyRequest}. */
    public record SurveyQuestionRequest(@Description("SINGLE, MULTIPLE hoặc TEXT") Survey.QuestionKind kind,
            @Description("Nội dung câu hỏi (tối đa 1.000 ký tự)") String text,
            @Description("Bắt buộc trả lời") Boolean required,
            @Description("Các phương án (2 đến 20, mỗi phương án tối đa 200 ký tự); bỏ trống với câu hỏi tự do") List<String> options,
            @Description("Câu hỏi nhiều lựa chọn: số phương án chọn tối đa (không bắt buộc)") Integer maxChoices,
            @Description("Câu hỏi tự do: độ dài tối đa (1 đến 4.000, mặc định 2.000)") Integer maxLength) {
    }

    /** Body of {@code POST /api/surveys/{id}/responses}. */
    public record SurveyResponseRequest(@Description("Câu trả lời, mỗi câu hỏi nhiều nhất một lần") List<SurveyAnswerRequest> answers,
            @Description("Cuộc thăm dò ẩn danh: mã biên nhận của lần trả lời trước, để sửa câu trả lời") String receipt) {
    }

    /** The answer to one question. */
    public record SurveyAnswerRequest(@Description("Mã câu hỏi") Long questionId,
            @Description("Số thứ tự các phương án chọn, từ 0") List<Integer> options,
            @Description("Câu trả lời tự do") String text) {
    }
}
