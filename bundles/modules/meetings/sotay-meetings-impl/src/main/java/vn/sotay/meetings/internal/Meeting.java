package vn.sotay.meetings.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/**
 * A meeting as the API shows it. {@code checkinCode} is filled only for those who run the meeting
 * (the secretary shows it in the room); everybody else gets {@code null}.
 */
public record Meeting(long id,
        @Description("Tổ chức đảng tổ chức cuộc họp (chi bộ, đảng ủy, mọi cấp)") long orgId,
        @Description("Tên tổ chức") String orgName,
        @Description("Các tổ chức cùng họp (họp liên tịch), gồm cả tổ chức chủ trì") List<Long> orgIds,
        Kind kind, Status status, String title,
        @Description("Chủ đề, nội dung chính") String topic,
        Instant startsAt, Instant endsAt,
        @Description("Địa điểm; null khi chỉ họp trực tuyến") String place,
        @Description("Đường dẫn phòng họp trực tuyến (dịch vụ hội nghị của tỉnh); null khi họp trực tiếp") String onlineRoom,
        @Description("Mã điểm danh, chỉ người điều hành cuộc họp thấy") String checkinCode,
        @Description("Đảng viên chủ trì") Long chairMemberId,
        @Description("Đảng viên làm thư ký cuộc họp") Long clerkMemberId,
        List<AgendaItem> agenda,
        @Description("Thời điểm thông báo lần đầu") Instant announcedAt, Instant openedAt, Instant closedAt,
        @Description("Sinh hoạt thường kỳ được thông báo chậm nhất ngày 20 tháng trước (giờ Việt Nam); false: thông báo muộn (vẫn được họp)")
        boolean announcedOnTime,
        @Description("Người gọi điều hành cuộc họp này (bí thư, cấp ủy của tổ chức chủ trì)") boolean youRun) {

    /** Loại cuộc họp. */
    public enum Kind {
        @Description("Sinh hoạt thường kỳ hằng tháng") REGULAR,
        @Description("Sinh hoạt chuyên đề") THEMATIC,
        @Description("Họp bất thường") EXTRAORDINARY
    }

    /** Where a meeting is in its cycle. */
    public enum Status {
        @Description("Đã thông báo, chưa họp (kể cả đã dời lịch)") ANNOUNCED,
        @Description("Đang họp") OPEN,
        @Description("Đã kết thúc") CLOSED,
        @Description("Đã hủy") CANCELLED
    }

    /** An agenda item. */
    public record AgendaItem(long id, int position, String title, String description) {
    }
}
