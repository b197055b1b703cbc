package vn.sotay.notices.internal;

import java.time.Instant;

/** JSON body of {@code POST /api/notices}; {@code expiresAt} is optional. */
public record SendRequest(String title, String body, Long audienceOrgId, Instant expiresAt) {
}
