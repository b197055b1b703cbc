package vn.sotay.meetings.internal.vote;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.rest.Description;

/**
 * A vote as the caller sees it. {@code tally} is filled for the chair while an open ballot runs and
 * for every reader once closed; a secret ballot shows only {@code voted} until it is closed.
 * {@code result} is written once at close and never recomputed.
 */
public record Vote(long id, long meetingId,
        @Description("Mục trong chương trình họp") long agendaItemId,
        @Description("Nội dung biểu quyết") String question,
        Matter matter,
        @Description("Bỏ phiếu kín") boolean secret,
        @Description("Danh sách ứng cử (bầu cử); rỗng: tán thành / không tán thành / không biểu quyết") List<String> candidates,
        @Description("Số người được bầu (bầu cử); 0 khi biểu quyết tán thành / không tán thành") int seats,
        @Description("Nguyên tắc thông qua, chốt khi mở biểu quyết: >=2/3 eligible") String rule,
        @Description("Nguyên tắc thông qua bằng lời") String ruleText,
        @Description("Số phiếu tán thành tối thiểu để thông qua (theo số đã bỏ phiếu khi tính trên số phiếu thu vào)") long needed,
        Status status,
        @Description("Số đảng viên có quyền biểu quyết về việc này trong danh sách dự họp (kể cả vắng mặt)") int eligible,
        @Description("Số người đã bỏ phiếu") int voted,
        @Description("Bạn đã bỏ phiếu") boolean youVoted,
        @Description("Lựa chọn của bạn (chỉ biểu quyết công khai)") String yourChoice,
        @Description("Kết quả đang kiểm (chỉ chủ trì, biểu quyết công khai) hoặc sau khi kết thúc") Tally tally,
        @Description("Kết quả cuối cùng, sau khi kết thúc") Result result,
        @Description("Ai chọn gì (biểu quyết công khai, sau khi kết thúc, khi xem một cuộc biểu quyết)") List<OpenBallot> ballots,
        Instant createdAt, Instant closedAt) {

    /** Where a vote is. */
    public enum Status {
        @Description("Đang bỏ phiếu") OPEN,
        @Description("Đã kết thúc, kết quả là cuối cùng") CLOSED
    }

    /** A ballot's choice on a yes / no question. */
    public enum Choice {
        @Description("Tán thành") YES,
        @Description("Không tán thành") NO,
        @Description("Không biểu quyết") ABSTAIN
    }

    /** Counts. */
    public record Tally(long yes, long no, long abstain, long cast, List<CandidateCount> candidates) {
    }

    /** A candidate's votes. */
    public record CandidateCount(String name, long votes, @Description("Trúng cử (sau khi kết thúc)") boolean elected) {
    }

    /** The final result. */
    public record Result(long yes, long no, long abstain, long cast, long eligible,
            @Description("Được thông qua theo nguyên tắc (bầu cử: đủ số người được bầu)") boolean passed,
            @Description("Người trúng cử, nhiều phiếu trước") List<String> elected) {
    }

    /** One open ballot, shown after closing. */
    public record OpenBallot(long memberId, String fullName, String choice) {
    }
}
