package vn.sotay.study.internal;

import java.util.List;

import vn.sotay.study.internal.Lessons.LessonDraft;

/** The demo programme's three lessons on Nghị quyết số 57-NQ/TW, each with its short check. */
final class DemoLessons {
    private DemoLessons() {
    }

    static List<LessonDraft> all() {
        return List.of(
                new LessonDraft(1, "Bài 1. Bối cảnh và quan điểm chỉ đạo của Nghị quyết",
                        "<h3>Vì sao có Nghị quyết 57-NQ/TW?</h3><p>Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW "
                                + "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.</p>"
                                + "<p>Nghị quyết xác định đây là <strong>đột phá quan trọng hàng đầu</strong>, là động lực chính để "
                                + "phát triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức "
                                + "quản trị quốc gia.</p><ul><li>Người dân và doanh nghiệp là trung tâm, là chủ thể.</li>"
                                + "<li>Nhà khoa học là nhân tố then chốt.</li><li>Nhà nước giữ vai trò dẫn dắt, thúc đẩy.</li></ul>",
                        List.of(), "Nghị quyết 57-NQ/TW do cơ quan nào ban hành?",
                        List.of("Quốc hội", "Bộ Chính trị", "Chính phủ"), 1),
                new LessonDraft(2, "Bài 2. Mục tiêu đến năm 2030 và tầm nhìn đến năm 2045",
                        "<p>Đến năm 2030, Nghị quyết đặt mục tiêu quy mô kinh tế số đạt <strong>tối thiểu 30% GDP</strong>; "
                                + "kinh phí chi cho nghiên cứu phát triển đạt 2% GDP; mỗi năm bố trí ít nhất 3% tổng chi ngân sách "
                                + "cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.</p>"
                                + "<p>Tầm nhìn đến năm 2045: quy mô kinh tế số đạt tối thiểu 50% GDP; Việt Nam là một trung tâm "
                                + "công nghiệp công nghệ số của khu vực và thế giới.</p>",
                        List.of(), "Đến năm 2030, quy mô kinh tế số đạt tối thiểu bao nhiêu phần trăm GDP?",
                        List.of("10%", "20%", "30%", "50%"), 2),
                new LessonDraft(3, "Bài 3. Chi bộ và đảng viên thực hiện Nghị quyết",
                        "<p>Mỗi chi bộ xây dựng kế hoạch thực hiện cụ thể, đưa nội dung chuyển đổi số vào sinh hoạt định kỳ.</p>"
                                + "<ol><li>Đảng viên sử dụng thành thạo các dịch vụ công trực tuyến, ứng dụng Sổ tay đảng viên.</li>"
                                + "<li>Đảng viên gương mẫu hướng dẫn gia đình, khu dân cư tham gia chuyển đổi số.</li>"
                                + "<li>Chi bộ kiểm tra, đánh giá kết quả hằng quý.</li></ol>",
                        List.of(), "Chi bộ đưa nội dung chuyển đổi số vào đâu?",
                        List.of("Chỉ vào báo cáo cuối năm", "Sinh hoạt chi bộ định kỳ", "Không cần đưa vào"), 1));
    }
}
