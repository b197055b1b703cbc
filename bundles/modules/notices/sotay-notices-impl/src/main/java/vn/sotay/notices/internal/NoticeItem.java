package vn.sotay.notices.internal;

import java.time.Instant;

/** JSON list item of a notice; {@code read}/{@code acknowledged} are the caller's own. */
public record NoticeItem(long id, String title, String excerpt, Instant sentAt, Instant expiresAt, String senderName,
        long audienceOrgId, String audienceName, boolean read, boolean acknowledged) {
}
