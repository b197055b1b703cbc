package vn.sotay.notices.internal;

import java.time.Instant;
import vn.sotay.api.rest.Description;

/** JSON body of {@code POST /api/notices}; {@code expiresAt} is optional. */
public record SendRequest(@Description("Tiêu đề") String title, @Description("Nội dung (văn bản thuần)") String body,
        @Description("Tổ chức nhận: thông báo tới tổ chức này và toàn bộ cấp dưới") Long audienceOrgId,
        @Description("Hết hạn lúc này (không bắt buộc, ISO 8601)") Instant expiresAt) {
}
