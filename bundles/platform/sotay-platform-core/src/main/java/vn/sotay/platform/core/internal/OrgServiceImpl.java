package vn.sotay.platform.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import vn.sotay.api.auth.AccessRules;
import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.platform.core.internal.entity.OrgEntity;

/** The organisation tree: CORE_ORG with materialised paths, served from an in-memory snapshot. */
@Component(service = {OrgService.class, OrgServiceImpl.class})
public class OrgServiceImpl implements OrgService {
    private final CoreDb db;
    private final AtomicReference<OrgTree> tree = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    private final vn.sotay.api.audit.AuditService audit;

    @Activate
    public OrgServiceImpl(@Reference CoreDb db, @Reference vn.sotay.api.audit.AuditService audit) {
        this.db = db;
        this.audit = audit;
        reload();
    }

    /** Re-reads the whole tree (one query) after a write. */
    void reload() {
        tree.set(OrgTree.of(db.unit().read(em -> em.createQuery("SELECT o FROM OrgEntity o", OrgEntity.class)
                .getResultList().stream().map(OrgEntity::toDto).toList())));
        EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new Event(TOPIC_CHANGED, Map.of("size", tree.get().size())));
        }
    }

    @Override
    public OrgTree tree() {
        return tree.get();
    }

    @Override
    public Optional<OrgNode> get(long id) {
        return Optional.ofNullable(tree.get().node(id));
    }

    @Override
    public Optional<OrgNode> byCode(String code) {
        return Optional.ofNullable(tree.get().byCode(code));
    }

    @Override
    public OrgNode save(Caller caller, String code, String name, OrgType type, String parentCode) {
        OrgNode parent = parentCode == null ? null : byCode(parentCode)
                .orElseThrow(() -> ProblemException.invalid("parentCode", "Không tìm thấy đơn vị cấp trên"));
        OrgNode existing = byCode(code).orElse(null);
        long scope = parent != null ? parent.id() : existing != null ? existing.id() : -1;
        if (!(caller.system() || (scope >= 0 && AccessRules.holds(tree(), caller, scope,
                vn.sotay.api.Role.ADMIN)))) {
            throw ProblemException.forbidden("Chỉ quản trị của đơn vị cấp trên mới được thêm hoặc sửa đơn vị này.");
        }
        OrgNode saved = db.unit().write(em -> upsert(em, loadAll(em), code, name, type, parentCode).toDto());
        reload();
        audit.record(caller, "org.save", "org", String.valueOf(saved.id()), code);
        return saved;
    }

    /** Every node, by code, as managed entities of {@code em}: imports and moves work on this map. */
    static Map<String, OrgEntity> loadAll(EntityManager em) {
        Map<String, OrgEntity> all = new java.util.HashMap<>();
        em.createQuery("SELECT o FROM OrgEntity o", OrgEntity.class).getResultList().forEach(o -> all.put(o.code, o));
        return all;
    }

    /**
     * Inserts or updates one node inside the caller's transaction, parents first. A changed parent
     * moves the whole subtree (paths of every descendant in {@code all} are rewritten). Keeps
     * {@code all} current and returns the managed entity.
     */
    static OrgEntity upsert(EntityManager em, Map<String, OrgEntity> all, String code, String name, OrgType type,
            String parentCode) {
        OrgEntity parent = parentCode == null ? null : all.get(parentCode);
        if (parentCode != null && parent == null) {
            throw ProblemException.invalid("parentCode", "Không tìm thấy đơn vị cấp trên «" + parentCode + "»");
        }
        OrgEntity o = all.get(code);
        if (o == null) {
            o = new OrgEntity();
            o.code = code;
            o.name = name;
            o.type = type.name();
            o.parentId = parent == null ? null : parent.id;
            o.path = "/";
            em.persist(o);
            em.flush();
            o.path = (parent == null ? "/" : parent.path) + o.id + "/";
            all.put(code, o);
            return o;
        }
        o.name = name;
        o.type = type.name();
        Long newParent = parent == null ? null : parent.id;
        if (!java.util.Objects.equals(newParent, o.parentId)) {
            if (parent != null && parent.path.startsWith(o.path)) {
                throw ProblemException.invalid("parentCode", "Không thể chuyển đơn vị vào chính cây con của nó");
            }
            String oldPath = o.path;
            String newPath = (parent == null ? "/" : parent.path) + o.id + "/";
            for (OrgEntity d : all.values()) {
                if (d.path.startsWith(oldPath)) {
                    d.path = newPath + d.path.substring(oldPath.length());
                }
            }
            o.parentId = newParent;
        }
        return o;
    }

    @Override
    public List<OrgNode> subtree(long id, int offset, int limit) {
        List<OrgNode> all = tree.get().subtree(id);
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }
}
