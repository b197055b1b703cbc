package vn.sotay.meetings.internal;

import vn.sotay.api.rest.Description;

/**
 * A meeting's attendance in numbers. Members who do not count in rates (exempt at invitation,
 * {@link vn.sotay.api.member.Eligibility#countsInRates}) are invited but in no count below except
 * {@code invited} and {@code exempt}, and never in the denominator {@code counted}.
 */
public record AttendanceSummary(long meetingId,
        @Description("Số đảng viên được mời (cả miễn sinh hoạt)") int invited,
        @Description("Đảng viên miễn sinh hoạt được mời: không tính vào tỷ lệ") int exempt,
        @Description("Mẫu số của các tỷ lệ: được mời trừ miễn sinh hoạt") int counted,
        int present, int excused, int absent,
        @Description("Chưa điểm danh") int notYet,
        @Description("Tỷ lệ có mặt, % của counted (1 chữ số thập phân)") double presentRate,
        double excusedRate, double absentRate) {

    static AttendanceSummary of(long meetingId, int invited, int exempt, int[] byState) {
        int present = byState[Attendee.State.PRESENT.ordinal()], excused = byState[Attendee.State.EXCUSED.ordinal()],
                absent = byState[Attendee.State.ABSENT.ordinal()], notYet = byState[Attendee.State.INVITED.ordinal()];
        int counted = present + excused + absent + notYet;
        return new AttendanceSummary(meetingId, invited, exempt, counted, present, excused, absent, notYet,
                rate(present, counted), rate(excused, counted), rate(absent, counted));
    }

    private static double rate(int n, int of) {
        return of == 0 ? 0 : Math.round(n * 1000.0 / of) / 10.0;
    }
}
