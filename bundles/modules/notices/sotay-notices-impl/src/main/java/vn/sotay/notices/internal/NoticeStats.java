package vn.sotay.notices.internal;

import java.util.List;
import vn.sotay.api.rest.Description;

/** JSON of {@code GET /api/notices/{id}/stats}: totals over the audience and one line per direct child. */
@Description("Tỉ lệ đọc và xác nhận của một thông báo, trên toàn phạm vi nhận và theo từng tổ chức cấp dưới trực tiếp")
public record NoticeStats(long noticeId, @Description("Số đảng viên được tính trong tỉ lệ") long recipients, long read,
        long acknowledged, @Description("read / recipients, từ 0 đến 1") double readRate,
        @Description("acknowledged / recipients, từ 0 đến 1") double ackRate, List<Child> children) {

    /** Figures of one direct child of the audience node, over its whole subtree. */
    public record Child(long orgId, String name, long recipients, long read, long acknowledged, double readRate,
            double ackRate) {
    }
}
