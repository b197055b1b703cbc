package vn.sotay.notices.internal;

import java.time.Instant;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;

/** A stored notice as the module's code sees it (the entity never leaves the store). */
record Notice(long id, String title, String body, long audienceOrgId, long senderAccountId, String senderName,
        Instant sentAt, Instant expiresAt) {

    boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /**
     * Who may open it ({@code GET /api/notices/{id}}, references {@code notice:<id>}): its sender and
     * staff over the audience always; others while it is not expired and
     * {@link AuthorizationService#canRead} allows.
     */
    boolean readableBy(Caller c, AuthorizationService auth, Instant now) {
        boolean manager = senderAccountId == c.accountId()
                || auth.holds(c, audienceOrgId, Role.SECRETARY, Role.COMMITTEE, Role.EDITOR, Role.REVIEWER);
        return manager || !expired(now) && auth.canRead(c, audienceOrgId);
    }
}
