package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Description;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.Lessons.Progress;

/** What the programme and lesson operations answer; a lesson check's right option never leaves the server. */
final class ProgrammeViews {
    private ProgrammeViews() {
    }

    public record ProgrammeItem(long id, String title, String description, long orgId, String orgName, Instant deadline,
            @Description("Tôi quản lý chương trình (xem tiến độ, nhắc)") boolean manages) {
    }

    public record MyProgress(@Description("Đã mở") Instant openedAt, @Description("Đã đọc hết") Instant readAt,
            @Description("Đã hoàn thành") Instant completedAt) {
    }

    public record LessonItem(long id, int position, String title, ReviewStatus status,
            @Description("Tiến độ của tôi; null khi chưa mở") MyProgress progress) {
    }

    public record ProgrammeDetail(long id, String title, String description, long orgId, String orgName, Instant deadline,
            boolean manages, @Description("Tôi soạn được bài học") boolean drafts,
            @Description("Bài học theo thứ tự đề nghị; đảng viên chỉ thấy bài đã duyệt") List<LessonItem> lessons,
            @Description("Số bài tôi đã hoàn thành") int completed,
            @Description("Phiên bản: gửi lại khi sửa (PUT) để không ghi đè thay đổi của người khác") int version) {
    }

    public record LessonCheckView(String text, List<String> options) {
    }

    public record LessonDetail(long id, long programmeId, int position, String title, String body, ReviewStatus status,
            @Description("Ý kiến khi bị trả lại") String reviewComment,
            @Description("Văn bản được giải thích (không xem được khi mô-đun chủ đã gỡ hoặc tôi không có quyền)") List<ResolvedContent> refs,
            @Description("Câu hỏi kiểm tra (không kèm đáp án)") LessonCheckView check,
            @Description("Phương án đúng của câu hỏi kiểm tra, từ 0: chỉ người soạn, người duyệt thấy khi bài chưa được duyệt; "
                    + "null với mọi người khác") Integer checkCorrect, MyProgress progress,
            @Description("Phiên bản: gửi lại khi sửa (PUT) để không ghi đè thay đổi của người khác") int version,
            @Description("Tôi sửa được bài (người soạn; bản nháp hoặc bị trả lại)") boolean editable,
            @Description("Ảnh và tệp đính kèm của bài, theo thứ tự tải lên") List<LessonFileView> files) {
    }

    public record LessonFileView(long id, String fileName, String mediaType, long size,
            @Description("Ảnh (chèn trong nội dung); không: tệp đính kèm PDF, DOCX") boolean image,
            @Description("Chiều ngang, chiều dọc của ảnh (điểm ảnh); 0 với tệp văn bản") int width, int height, Instant createdAt,
            @Description("Đường dẫn tải, chỉ người được đọc bài học tải được (người khác: 404)") String url) {
    }

    public record OrgCompletion(long orgId, String name, @Description("Đảng viên phải học (không tính miễn sinh hoạt)") long expected,
            @Description("Đã hoàn thành mọi bài") long completed, @Description("Tỷ lệ, phần trăm") double rate) {
    }

    public record CellOverdue(long cellId, String name, @Description("Số đảng viên chưa hoàn thành") long notCompleted) {
    }

    public record ProgrammeCompletion(long programmeId, Instant deadline, @Description("Đã quá hạn") boolean overdue,
            @Description("Số bài đã duyệt") int lessons, OrgCompletion overall,
            @Description("Theo tổ chức trực thuộc") List<OrgCompletion> organisations,
            @Description("Chi bộ còn đảng viên chưa hoàn thành, nhiều nhất trước (100 chi bộ đầu)") List<CellOverdue> cells) {
    }

    public record Reminded(@Description("Số đảng viên được nhắc qua hộp thư") long reminded) {
    }

    static ProgrammeItem item(Programme p, OrgTree tree, boolean manages) {
        return new ProgrammeItem(p.id(), p.title(), p.description(), p.orgId(), name(tree, p.orgId()), p.deadline(), manages);
    }

    /** The organisation's name (Views has the same: ProgrammeViews stays a leaf of Views). */
    private static String name(OrgTree tree, long orgId) {
        var n = tree.node(orgId);
        return n == null ? null : n.name();
    }

    static MyProgress progress(Progress p) {
        return p == null ? null : new MyProgress(p.openedAt(), p.readAt(), p.completedAt());
    }

    static ProgrammeDetail detail(Programme p, OrgTree tree, boolean manages, boolean drafts, List<Lesson> lessons,
            Map<Long, Progress> mine) {
        List<LessonItem> items = lessons.stream().map(l -> new LessonItem(l.id(), l.pos(), l.title(), l.status(),
                progress(mine.get(l.id())))).toList();
        int done = (int) lessons.stream().filter(l -> mine.get(l.id()) != null && mine.get(l.id()).completedAt() != null).count();
        return new ProgrammeDetail(p.id(), p.title(), p.description(), p.orgId(), name(tree, p.orgId()), p.deadline(),
                manages, drafts, items, done, p.version());
    }

    /**
     * {@code staff}: the caller drafts or reviews the lesson's programme, then a lesson not approved shows
     * its check's key; {@code drafts}: the caller drafts there (editable when the status allows).
     */
    static LessonDetail lesson(Lesson l, List<ResolvedContent> refs, Progress mine, boolean staff, boolean drafts,
            List<LessonFileView> files) {
        Integer key = staff && l.status() != ReviewStatus.APPROVED ? l.checkCorrect() : null;
        LessonCheckView check = l.checkText() == null ? null : new LessonCheckView(l.checkText(), l.checkOptions());
        return new LessonDetail(l.id(), l.programmeId(), l.pos(), l.title(), l.body(), l.status(), l.reviewComment(), refs,
                check, check == null ? null : key, progress(mine), l.version(), drafts && l.status().editable(), files);
    }

    /** The download path of a lesson's file (also what a lesson's text uses for its images). */
    static String fileUrl(long lessonId, long fileId) {
        return "/api/study/lessons/" + lessonId + "/files/" + fileId;
    }

    static LessonFileView file(LessonFileStore.StoredFile f) {
        return new LessonFileView(f.id(), f.fileName(), f.kind().mediaType(), f.size(), f.kind().image(), f.width(), f.height(),
                f.createdAt(), fileUrl(f.lessonId(), f.id()));
    }
}
