package vn.sotay.meetings.internal.minutes;

import java.time.Instant;
import java.util.List;

import vn.sotay.api.rest.Description;

/**
 * A meeting's minutes as the API shows them: the fixed heading (party, superior organisation,
 * organisation, place and date), the sections, the signatories and the two approvals.
 */
public record Minutes(long meetingId,
        @Description("Tên tổ chức cấp trên (dòng đầu bên trái)") String superiorName,
        @Description("Tên tổ chức họp") String orgName,
        @Description("Địa danh, ngày tháng của biên bản") String placeAndDate,
        @Description("Tiêu đề: BIÊN BẢN SINH HOẠT CHI BỘ và tháng") String title,
        List<Section> sections,
        @Description("Họ tên người chủ trì (ký)") String chairName,
        @Description("Họ tên thư ký (ký)") String clerkName,
        Approval chairApproval, Approval clerkApproval,
        @Description("Khóa khi cả chủ trì và thư ký đã duyệt; sau đó không sửa được") Instant lockedAt,
        Instant draftedAt, Instant editedAt) {

    /** One section: its heading and text (paragraphs separated by new lines). */
    public record Section(@Description("Tối đa 500 ký tự") String title, @Description("Tối đa 20.000 ký tự") String body) {
    }

    /** Who approved (account id) and when. */
    public record Approval(long accountId, Instant at) {
    }
}
