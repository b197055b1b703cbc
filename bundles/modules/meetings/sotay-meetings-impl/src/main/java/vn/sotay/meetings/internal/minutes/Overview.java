package vn.sotay.meetings.internal.minutes;

import java.util.List;

import vn.sotay.api.rest.Description;

/** The committee's monthly overview of its subtree: totals, one row per direct child, one per cell. */
public record Overview(long orgId, String orgName, @Description("Tháng, yyyy-MM") String month, Row total,
        @Description("Theo từng tổ chức trực thuộc") List<Row> children,
        @Description("Từng chi bộ (tối đa 2.000; xem tổ chức trực thuộc để thu hẹp)") List<Cell> cells,
        @Description("Danh sách chi bộ bị cắt bớt") boolean cellsTruncated) {

    /** Counts over the cells of a subtree. */
    public record Row(long orgId, String name, long cells,
            @Description("Chi bộ đã thông báo cuộc họp trong tháng") long announced,
            @Description("… trước ngày 20 tháng trước") long announcedOnTime,
            @Description("Đã họp (mở cuộc họp trên hệ thống)") long held,
            @Description("Có biên bản đã khóa") long recorded,
            @Description("Không dùng hệ thống trong tháng") long unused,
            @Description("Lượt có mặt (không tính đảng viên miễn sinh hoạt)") long present,
            @Description("Lượt phải dự họp (không tính đảng viên miễn sinh hoạt)") long counted,
            @Description("Tỷ lệ dự họp, 0..1") double attendanceRate,
            long good, long fair, long average, long poor,
            @Description("Xếp loại đã được cấp trên xác nhận") long confirmed) {
    }

    /** One cell's month. */
    public record Cell(long orgId, String name, @Description("Tổ chức trực thuộc chứa chi bộ") Long childId,
            boolean announced, boolean announcedOnTime, boolean held, boolean recorded, long present, long counted,
            double attendanceRate, Grade selfGrade, Grade confirmedGrade,
            @Description("Cuộc họp được xếp loại") Long ratedMeetingId) {
    }
}
