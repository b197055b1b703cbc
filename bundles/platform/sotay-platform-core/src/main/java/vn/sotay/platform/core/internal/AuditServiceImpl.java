package vn.sotay.platform.core.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditEntry;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.AuditEntity;

/** Append-only audit log in CORE_AUDIT. */
@Component
public class AuditServiceImpl implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private final CoreDb db;

    /** Depends on the database only: every other core service records into it, so it must need none of them. */
    @Activate
    public AuditServiceImpl(@Reference CoreDb db) {
        this.db = db;
    }

    @Override
    public void record(Caller actor, String action, String objectType, String objectId, String detail) {
        java.time.LocalDateTime at = Sql.utc(Instant.now());
        Long actorId = actor == null || actor.system() ? null : actor.accountId();
        String text = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        try {
            db.unit().write(em -> {
                AuditEntity e = new AuditEntity();
                e.at = at;
                e.actorId = actorId;
                e.action = action;
                e.objectType = objectType;
                e.objectId = objectId;
                e.detail = text;
                em.persist(e);
                return null;
            });
        } catch (RuntimeException e) {
            // the write it records has committed: the caller's answer must not become a 500
            LOG.error("Audit entry not stored, kept here instead: at={} actor={} action={} object={}:{} detail={}", at,
                    actorId, action, objectType, objectId, text, e);
        }
    }

    @Override
    public Page<AuditEntry> list(Caller caller, String objectType, String objectId, String cursor, int limit) {
        List<Long> roots = db.unit().read(em -> em.createQuery(
                "SELECT o.id FROM OrgEntity o WHERE o.parentId IS NULL", Long.class).getResultList());
        boolean rootAdmin = caller.system() || caller.grants().stream()
                .anyMatch(g -> g.role() == Role.ADMIN && roots.contains(g.orgId()));
        if (!rootAdmin) {
            throw ProblemException.forbidden("Chỉ quản trị cấp tỉnh được xem nhật ký hệ thống.");
        }
        int offset = Cursors.offset(cursor);
        String jpql = "SELECT a FROM AuditEntity a WHERE 1 = 1" + (objectType == null ? "" : " AND a.objectType = :t")
                + (objectId == null ? "" : " AND a.objectId = :i") + " ORDER BY a.id DESC";
        return db.unit().read(em -> {
            var query = em.createQuery(jpql, AuditEntity.class);
            if (objectType != null) {
                query.setParameter("t", objectType);
            }
            if (objectId != null) {
                query.setParameter("i", objectId);
            }
            return Page.ofOffset(query.setFirstResult(offset).setMaxResults(limit + 1).getResultList().stream()
                    .map(AuditEntity::toDto).toList(), offset, limit);
        });
    }
}
