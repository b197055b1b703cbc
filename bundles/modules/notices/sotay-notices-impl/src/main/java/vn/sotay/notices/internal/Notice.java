package vn.sotay.notices.internal;

import java.time.Instant;

/** A stored notice as the module's code sees it (the entity never leaves the store). */
record Notice(long id, String title, String body, long audienceOrgId, long senderAccountId, String senderName,
        Instant sentAt, Instant expiresAt) {

    boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
