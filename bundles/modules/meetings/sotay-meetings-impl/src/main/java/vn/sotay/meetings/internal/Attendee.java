package vn.sotay.meetings.internal;

import java.time.Instant;

import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.rest.Description;

/** One invited member and their attendance. */
public record Attendee(long memberId, String fullName, long cellId,
        @Description("Tư cách đảng viên khi được mời (đảng viên miễn sinh hoạt không bao giờ tính vắng)") MemberStatus status,
        State state, How how, @Description("Lý do vắng") String reason, Instant reportedAt, Instant checkedInAt) {

    /** Attendance state. */
    public enum State {
        @Description("Được mời, chưa điểm danh") INVITED,
        @Description("Có mặt") PRESENT,
        @Description("Vắng có lý do") EXCUSED,
        @Description("Vắng không lý do") ABSENT
    }

    /** How a member came to be present or absent. */
    public enum How {
        @Description("Tự điểm danh bằng mã") SELF,
        @Description("Vào phòng họp trực tuyến") ONLINE,
        @Description("Bí thư điểm danh") MARKED,
        @Description("Được điểm danh hộ (đảng viên cao tuổi)") ASSISTED,
        @Description("Tự báo vắng trước") REPORTED
    }
}
