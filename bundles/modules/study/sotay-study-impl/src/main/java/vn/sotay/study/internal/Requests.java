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
}
