package vn.sotay.notices.internal;

import java.util.List;

/** JSON of {@code GET /api/notices/{id}/stats}: totals over the audience and one line per direct child. */
public record NoticeStats(long noticeId, long recipients, long read, long acknowledged, double readRate,
        double ackRate, List<Child> children) {

    /** Figures of one direct child of the audience node, over its whole subtree. */
    public record Child(long orgId, String name, long recipients, long read, long acknowledged, double readRate,
            double ackRate) {
    }
}
