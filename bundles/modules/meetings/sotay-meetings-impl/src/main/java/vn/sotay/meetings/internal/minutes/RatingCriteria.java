package vn.sotay.meetings.internal.minutes;

import java.util.List;

import vn.sotay.api.rest.Description;

/**
 * The criteria a cell rates its meeting against, as data. They follow the usual guidance on the
 * quality of cell meetings (the Central Organisation Commission's guidance on raising the quality of
 * cell meetings and the provinces' evaluation forms built on it): preparation, attendance, content,
 * members' participation, conclusions and resolutions adopted, and the procedure kept. No official
 * numbering is implied; a province adapts the list here.
 */
public final class RatingCriteria {
    /** One criterion: its key (stored), its Vietnamese name and what it looks at. */
    public record Criterion(String key, String name, @Description("Nội dung đánh giá") String text) {
    }

    public static final List<Criterion> ALL = List.of(
            new Criterion("PREPARATION", "Chuẩn bị",
                    "Cấp ủy chuẩn bị nội dung, tài liệu, thông báo thời gian, địa điểm đến đảng viên đúng hạn."),
            new Criterion("ATTENDANCE", "Duy trì sinh hoạt và tỷ lệ dự họp",
                    "Sinh hoạt đúng định kỳ; tỷ lệ đảng viên dự họp (không tính đảng viên miễn sinh hoạt)."),
            new Criterion("CONTENT", "Nội dung",
                    "Nội dung thiết thực, sát tình hình, đánh giá đúng kết quả và đề ra nhiệm vụ cụ thể."),
            new Criterion("PARTICIPATION", "Tham gia của đảng viên",
                    "Đảng viên phát biểu ý kiến, phê bình và tự phê bình, dân chủ thảo luận."),
            new Criterion("RESOLUTION", "Kết luận, nghị quyết",
                    "Chủ trì kết luận rõ; chi bộ biểu quyết thông qua nghị quyết, phân công thực hiện."),
            new Criterion("PROCEDURE", "Quy trình, biên bản",
                    "Thực hiện đúng quy trình sinh hoạt; biên bản ghi đầy đủ, được thông qua."));

    private RatingCriteria() {
    }

    static boolean known(String key) {
        return ALL.stream().anyMatch(c -> c.key().equals(key));
    }
}
