package vn.sotay.api.audit;

import java.time.Instant;

/** One audited write: who ({@code actorId}, an account), when, what action, on which object. */
public record AuditEntry(long id, Instant at, Long actorId, String action, String objectType, String objectId,
        String detail) {
}
