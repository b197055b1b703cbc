package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/** JSON bodies the module accepts. */
final class Requests {
    private Requests() {
    }

    /** Body of {@code POST /api/study/banks}. */
    public record BankRequest(@Description("Tổ chức sở hữu ngân hàng câu hỏi (cấp ủy của nó quản lý và xem đáp án)") Long orgId,
            @Description("Tên ngân hàng (tối đa 255 ký tự)") String name) {
    }

    /** Body of {@code POST /api/study/contests}. */
    public record ContestRequest(@Description("Tổ chức: mở cho đảng viên của tổ chức này và toàn bộ cấp dưới") Long orgId,
            @Description(value = "Chỉ dành cho người giữ vai trò này trong cây con (ví dụ SECRETARY: bí thư chi bộ); bỏ trống: mọi đảng viên",
                    values = vn.sotay.api.Role.class) String role,
            @Description(value = "QUIZ: xem đáp án ngay sau khi nộp; CONTEST: đáp án và xếp hạng công bố khi kết thúc",
                    values = Rows.Kind.class) String kind,
            @Description("Tên cuộc thi (tối đa 255 ký tự)") String title,
            @Description("Ngân hàng câu hỏi") Long bankId,
            @Description("Chỉ rút câu hỏi của chủ đề này (bỏ trống: mọi chủ đề)") String topic,
            @Description("Chỉ rút câu hỏi mức độ này (1 dễ, 2 trung bình, 3 khó; bỏ trống: mọi mức)") Integer difficulty,
            @Description("Số câu hỏi rút ra (1 đến 200)") Integer questionCount,
            @Description("Thời gian làm bài, phút (1 đến 600)") Integer minutes,
            @Description("Số lượt làm bài cho mỗi người (1 đến 10, mặc định 1)") Integer attemptsAllowed,
            @Description("Điểm đạt, phần trăm (0 đến 100, mặc định 80)") Integer passPercent,
            @Description(value = "Mở lúc (ISO 8601)", type = "date-time") Instant opensAt,
            @Description(value = "Kết thúc lúc (ISO 8601), sau giờ mở", type = "date-time") Instant closesAt) {
    }

    /** Body of {@code PUT /api/study/attempts/{id}/answers/{no}}. */
    public record AnswerRequest(@Description("Các phương án chọn, theo thứ tự hiển thị trong lượt làm bài, từ 0; rỗng: bỏ chọn")
            List<Integer> choices) {
    }

    /** Body of {@code POST /api/study/programmes} and {@code PUT /api/study/programmes/{id}}. */
    public record ProgrammeRequest(@Description("Tổ chức: chương trình gửi tới đảng viên của tổ chức này và toàn bộ cấp dưới "
            + "(khi sửa: bỏ trống hoặc giữ nguyên, không đổi được)") Long orgId,
            @Description("Tên chương trình (tối đa 255 ký tự)") String title,
            @Description("Giới thiệu (tối đa 4.000 ký tự, không bắt buộc)") String description,
            @Description(value = "Hạn hoàn thành (ISO 8601)", type = "date-time") Instant deadline,
            @Description("Khi sửa: phiên bản đồng chí đã mở (version); khác phiên bản hiện tại thì 409, không lưu gì") Integer version) {
    }

    /** Body of {@code POST /api/study/programmes/{id}/lessons} and {@code PUT /api/study/lessons/{id}}. */
    public record LessonRequest(@Description("Thứ tự đề nghị (1 đến 500, mặc định 1)") Integer position,
            @Description("Tên bài học (tối đa 255 ký tự)") String title,
            @Description("Nội dung HTML (được làm sạch: không script, style, thuộc tính sự kiện), tối đa 30.000 ký tự") String body,
            @Description("Văn bản của Đảng mà bài học giải thích: tham chiếu nội dung dạng document:12 (tối đa 20)") List<String> refs,
            @Description("Câu hỏi kiểm tra ngắn để hoàn thành bài (không bắt buộc)") LessonCheck check,
            @Description("Khi sửa: phiên bản đồng chí đã mở (version; hoặc tiêu đề If-Match); khác phiên bản hiện tại thì 409, "
                    + "không lưu gì") Integer version) {
    }

    /** The short check of a lesson. */
    public record LessonCheck(@Description("Câu hỏi (tối đa 1.000 ký tự)") String text,
            @Description("Các phương án (2 đến 6)") List<String> options,
            @Description("Phương án đúng, từ 0") Integer correct) {
    }

    /** Body of {@code POST /api/study/lessons/{id}/return}. */
    public record LessonReturnRequest(@Description("Ý kiến gửi người soạn (tối đa 1.000 ký tự)") String comment) {
    }

    /** Body of {@code POST /api/study/lessons/{id}/progress}. */
    public record ProgressRequest(@Description(value = "OPENED (đã mở), READ (đã đọc hết), COMPLETED (đã hoàn thành, cần trả lời đúng câu hỏi kiểm tra)",
            values = Lessons.Step.class) String step,
            @Description("Câu trả lời câu hỏi kiểm tra (số thứ tự phương án, từ 0) khi step là COMPLETED") Integer answer) {
    }
}
