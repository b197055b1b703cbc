package vn.sotay.api.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the whole organisation tree, held in memory by {@link OrgService}.
 * A province has at most a few tens of thousands of nodes, far more read than written, so every
 * hierarchy question (is X inside Y, which child of Y leads to X, the subtree of Y) is answered
 * from this snapshot without a query. Writes replace the snapshot; readers never lock.
 *
 * <p>Subtree membership is a prefix test on the materialised path, O(depth).
 */
public final class OrgTree {
    private final Map<Long, OrgNode> byId;
    private final Map<Long, List<OrgNode>> children;
    private final List<OrgNode> roots;
    private final Map<String, OrgNode> byCode;

    private OrgTree(Map<Long, OrgNode> byId, Map<Long, List<OrgNode>> children, List<OrgNode> roots) {
        this.byId = byId;
        Map<String, OrgNode> codes = new HashMap<>(byId.size() * 2);
        byId.values().forEach(n -> codes.put(n.code(), n));
        this.byCode = codes;
        this.children = children;
        this.roots = roots;
    }

    /** Builds the snapshot; {@code nodes} in any order, paths already consistent. */
    public static OrgTree of(List<OrgNode> nodes) {
        Map<Long, OrgNode> byId = new HashMap<>(nodes.size() * 2);
        Map<Long, List<OrgNode>> children = new HashMap<>();
        List<OrgNode> roots = new ArrayList<>();
        for (OrgNode n : nodes) {
            byId.put(n.id(), n);
        }
        for (OrgNode n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()));
        return new OrgTree(Collections.unmodifiableMap(byId), children, List.copyOf(roots));
    }

    /** Number of nodes. */
    public int size() {
        return byId.size();
    }

    /** The node, or {@code null}. */
    public OrgNode node(long id) {
        return byId.get(id);
    }

    /** The node with this province code, or {@code null}. */
    public OrgNode byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** Top-level nodes (normally one: the province committee). */
    public List<OrgNode> roots() {
        return roots;
    }

    /** Direct children, sorted by name; empty for a leaf or an unknown id. */
    public List<OrgNode> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** True when {@code id} is {@code ancestorId} or lies in its subtree. Unknown ids are in nothing. */
    public boolean isWithin(long id, long ancestorId) {
        OrgNode n = byId.get(id);
        OrgNode a = byId.get(ancestorId);
        return n != null && a != null && n.path().startsWith(a.path());
    }

    /** Ids from the root down to {@code id} inclusive; empty for an unknown id. */
    public List<Long> pathIds(long id) {
        OrgNode n = byId.get(id);
        if (n == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : n.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    /**
     * The child of {@code ancestorId} on the way down to {@code id}, used to roll figures up per
     * child organisation; {@code null} when {@code id} is not strictly below {@code ancestorId}.
     */
    public Long childTowards(long ancestorId, long id) {
        List<Long> path = pathIds(id);
        int i = path.indexOf(ancestorId);
        return i < 0 || i + 1 >= path.size() ? null : path.get(i + 1);
    }

    /** Every node of the subtree rooted at {@code id}, itself first, depth-first. */
    public List<OrgNode> subtree(long id) {
        OrgNode n = byId.get(id);
        if (n == null) {
            return List.of();
        }
        List<OrgNode> out = new ArrayList<>();
        ArrayList<OrgNode> stack = new ArrayList<>();
        stack.add(n);
        while (!stack.isEmpty()) {
            OrgNode cur = stack.remove(stack.size() - 1);
            out.add(cur);
            List<OrgNode> c = children(cur.id());
            for (int i = c.size() - 1; i >= 0; i--) {
                stack.add(c.get(i));
            }
        }
        return out;
    }

    /** All nodes, unordered. */
    public Iterable<OrgNode> all() {
        return byId.values();
    }
}
