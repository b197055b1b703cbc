package vn.sotay.api.org;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * The organisation tree: Tỉnh ủy → district-level committees → grassroots committees → cells, of
 * any depth. Provided by the core; every module asks it hierarchy questions through
 * {@link #tree()}, an in-memory snapshot, so no module ever queries the tree's table.
 *
 * <p>Thread-safe. Writes are audited and post the event {@link #TOPIC_CHANGED}.
 */
@ProviderType
public interface OrgService {

    /** EventAdmin topic posted after any change of the tree (property {@code size}: the number of nodes). */
    String TOPIC_CHANGED = "vn/sotay/org/CHANGED";

    /** The current snapshot; cheap, call it per request rather than caching it. */
    OrgTree tree();

    /** The node with this id. */
    Optional<OrgNode> get(long id);

    /** The node with this province code. */
    Optional<OrgNode> byCode(String code);

    /**
     * Creates or updates the node with {@code code}; {@code parentCode == null} makes a root. A
     * changed parent moves the whole subtree. Requires {@code ADMIN} over the parent (or over the
     * root for a new root).
     */
    OrgNode save(Caller caller, String code, String name, OrgType type, String parentCode);

    /** Nodes of the subtree rooted at {@code id} in depth-first order, paged by offset. */
    List<OrgNode> subtree(long id, int offset, int limit);
}
