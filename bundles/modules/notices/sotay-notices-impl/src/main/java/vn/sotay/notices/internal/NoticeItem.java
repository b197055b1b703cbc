package vn.sotay.notices.internal;

import java.time.Instant;
import vn.sotay.api.rest.Description;

/** JSON list item of a notice; {@code read}/{@code acknowledged} are the caller's own. */
@Description("Một thông báo trong danh sách; read/acknowledged là của chính người hỏi")
public record NoticeItem(long id, String title, @Description("Đoạn đầu của nội dung") String excerpt, Instant sentAt,
        @Description("Hết hạn lúc này (không bắt buộc): sau đó đảng viên không còn thấy thông báo") Instant expiresAt,
        String senderName, @Description("Tổ chức nhận (cùng toàn bộ cấp dưới)") long audienceOrgId, String audienceName,
        @Description("Tôi đã đọc") boolean read, @Description("Tôi đã xác nhận đã nhận") boolean acknowledged) {
}
