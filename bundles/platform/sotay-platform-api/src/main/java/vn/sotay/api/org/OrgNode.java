package vn.sotay.api.org;

/**
 * One node of the organisation tree.
 *
 * @param id       surrogate key, stable for the node's life
 * @param code     the province's own code, unique, used by imports to upsert
 * @param name     full Vietnamese name ("Chi bộ Khu phố 3")
 * @param type     kind of node
 * @param parentId parent, {@code null} for the root
 * @param path     materialised path of ids from the root, {@code "/1/4/17/"}; a node's subtree is
 *                 every node whose path starts with this one
 */
public record OrgNode(long id, String code, String name, OrgType type, Long parentId, String path) {

    /** Number of ancestors (0 for the root). */
    public int depth() {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                n++;
            }
        }
        return n - 2;
    }
}
