package vn.sotay.notices.internal;

import java.time.Instant;
import vn.sotay.api.rest.Description;

/** JSON of one opened notice: the list item's fields plus the body. */
@Description("Một thông báo đã mở: các trường của mục danh sách và nội dung")
public record NoticeDetail(long id, String title, String excerpt, String body, Instant sentAt, Instant expiresAt,
        String senderName, long audienceOrgId, String audienceName, boolean read, boolean acknowledged) {
}
