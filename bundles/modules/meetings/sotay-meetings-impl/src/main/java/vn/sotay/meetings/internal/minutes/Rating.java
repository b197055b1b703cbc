package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.util.Map;

import vn.sotay.api.rest.Description;

/** A meeting's rating: the cell's own, then the committee above's confirmation or change. */
public record Rating(long meetingId, long orgId,
        @Description("Chi bộ tự xếp loại") Grade selfGrade,
        @Description("Xếp loại theo từng tiêu chí (khóa tiêu chí → xếp loại)") Map<String, Grade> criteria,
        String selfComment, long ratedBy, Instant ratedAt,
        @Description("Xếp loại cấp ủy cấp trên xác nhận hoặc điều chỉnh; null khi chưa xác nhận") Grade confirmedGrade,
        String confirmComment, Long confirmedBy, Instant confirmedAt) {

    /** The grade that counts: the confirmed one, or the cell's own until confirmed. */
    public Grade grade() {
        return confirmedGrade != null ? confirmedGrade : selfGrade;
    }
}
