package vn.sotay.notices.internal;

import java.time.Instant;

/** JSON of one opened notice: the list item's fields plus the body. */
public record NoticeDetail(long id, String title, String excerpt, String body, Instant sentAt, Instant expiresAt,
        String senderName, long audienceOrgId, String audienceName, boolean read, boolean acknowledged) {
}
