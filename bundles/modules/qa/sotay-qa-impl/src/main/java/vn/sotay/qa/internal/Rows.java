package vn.sotay.qa.internal;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/** What {@link QaStore} hands out: records, never entities. */
final class Rows {
    private Rows() {
    }

    /** Where a question stands. */
    enum Status {
        WAITING("Đang chờ trả lời"),
        FORWARDED("Đã chuyển lên cấp trên, đang chờ trả lời"),
        ANSWERED("Đã trả lời"),
        CLOSED("Đã đóng");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Vietnamese label. */
        public String label() {
            return label;
        }

        /** Still on a desk: waiting for an answer. */
        boolean open() {
            return this == WAITING || this == FORWARDED;
        }
    }

    /** A question as stored. {@code orgId} is its current addressee; {@code firstOrgId} the first one. */
    record Question(long id, long askerMemberId, String askerName, long askerCellId, long firstOrgId, long orgId,
            String topic, String text, boolean privateQuestion, Status status, Long assigneeMemberId,
            String assigneeName, Instant askedAt, Instant dueAt, String answer, List<String> citations,
            String answeredBy, Long answeredOrgId, Instant answeredAt, Instant closedAt) {
    }

    /** One step of the route upward. */
    record Hop(@Description("Tổ chức chuyển đi") long fromOrgId, @Description("Tổ chức nhận") long toOrgId,
            @Description("Người chuyển") String byName, @Description("Ghi chú khi chuyển") String note, Instant at) {
    }

    /** A desk's counts: open questions and how many of them are past their service level. */
    record Counts(long waiting, long overdue) {
    }
}
