package vn.sotay.meetings.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/** JSON body of {@code POST /api/meetings}. */
public record AnnounceRequest(
        @Description("Tổ chức chủ trì cuộc họp (chi bộ, đảng ủy...), trong phạm vi bạn phụ trách") Long orgId,
        @Description("Các tổ chức cùng họp (họp liên tịch), trong tổ chức chủ trì; bỏ trống: chỉ tổ chức chủ trì") List<Long> orgIds,
        @Description("Chỉ mời các đảng viên này (cuộc họp của cấp ủy); bỏ trống: mọi đảng viên của các chi bộ tham gia") List<Long> invitees,
        Meeting.Kind kind,
        @Description("Tiêu đề, tối đa 255 ký tự") String title,
        @Description("Chủ đề, tối đa 4.000 ký tự") String topic,
        Instant startsAt,
        @Description("Giờ kết thúc dự kiến; bỏ trống: 2 giờ sau khi bắt đầu") Instant endsAt,
        @Description("Địa điểm, tối đa 255 ký tự") String place,
        @Description("Đường dẫn https phòng họp trực tuyến, tối đa 500 ký tự") String onlineRoom,
        Long chairMemberId, Long clerkMemberId,
        @Description("Chương trình họp, tối đa 30 mục") List<AgendaInput> agenda,
        @Description("Tài liệu: tham chiếu nội dung dạng loại:mã (document:12, article:3, lesson:5), tối đa 20") List<String> materials) {

    /** One agenda item. */
    public record AgendaInput(@Description("Tối đa 500 ký tự") String title, @Description("Tối đa 4.000 ký tự") String description) {
    }
}
