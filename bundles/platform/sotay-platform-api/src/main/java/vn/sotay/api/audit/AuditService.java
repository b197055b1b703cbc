package vn.sotay.api.audit;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;

/**
 * The audit log of every write. Provided by the core; modules call {@link #record} after each
 * committed write. Entries are never changed or deleted.
 */
@ProviderType
public interface AuditService {

    /**
     * Records a write. Never throws for a storage failure: it is called after the write it records
     * has committed, and an acknowledged write must not answer 5xx; an entry that cannot be stored
     * (after the unit's own retries on lock contention) is written whole to {@code karaf.log} at
     * ERROR instead.
     *
     * @param actor      who did it ({@code null} for the system itself: imports from the shell, demo data)
     * @param action     dotted verb, {@code notice.send}, {@code org.save}, {@code role.grant}
     * @param objectType kind of object, {@code notice}, {@code org}, {@code member}
     * @param objectId   the object's id
     * @param detail     short free text, may be {@code null}
     */
    void record(Caller actor, String action, String objectType, String objectId, String detail);

    /** Newest first; admin only (over the whole tree). */
    Page<AuditEntry> list(Caller caller, String objectType, String objectId, String cursor, int limit);
}
