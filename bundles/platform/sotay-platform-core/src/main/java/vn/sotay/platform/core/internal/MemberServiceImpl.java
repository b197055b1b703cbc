package vn.sotay.platform.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.auth.AccessRules;
import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.MemberEntity;

/** Members in CORE_MEMBER; counted-members-per-cell kept in memory for roll-ups and rates. */
@Component(service = {MemberService.class, MemberServiceImpl.class})
public class MemberServiceImpl implements MemberService {
    /** Who counts in rates: the charter's rule ({@link vn.sotay.api.member.Eligibility}). */
    private static final List<String> COUNTED = vn.sotay.api.member.Eligibility.countedStatuses().stream()
            .map(MemberStatus::name).toList();
    private final CoreDb db;
    private final OrgServiceImpl orgs;
    private final AtomicReference<Map<Long, Long>> counted = new AtomicReference<>();

    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.osgi.service.event.EventAdmin events;

    @Activate
    public MemberServiceImpl(@Reference CoreDb db, @Reference OrgServiceImpl orgs) {
        this.db = db;
        this.orgs = orgs;
    }

    @Override
    public Optional<Member> get(long id) {
        return Optional.ofNullable(db.unit().read(em -> {
            MemberEntity m = em.find(MemberEntity.class, id);
            return m == null ? null : m.toDto();
        }));
    }

    /** The member if the caller is that member or staff over the member's cell; else 404. */
    public Member get(Caller caller, long id) {
        Member m = get(id).orElse(null);
        if (m == null || !(caller.system() || (caller.memberId() != null && caller.memberId() == id)
                || AccessRules.holds(orgs.tree(), caller, m.cellId(), Role.SECRETARY, Role.COMMITTEE))) {
            throw ProblemException.notFound("Không tìm thấy đảng viên.");
        }
        return m;
    }

    @Override
    public Page<Member> list(Caller caller, long orgId, String q, String cursor, int limit) {
        OrgNode org = orgs.tree().node(orgId);
        if (org == null || !AccessRules.holds(orgs.tree(), caller, orgId, Role.SECRETARY, Role.COMMITTEE)) {
            throw ProblemException.forbidden("Bạn không quản lý đơn vị này.");
        }
        int offset = Cursors.offset(cursor);
        String term = q == null || q.isBlank() ? null : q.trim();
        String folded = term == null ? null : "%" + OrgType.fold(term) + "%";
        String exact = term == null ? null : AccountServiceImpl.normalise(term);
        String jpql = "SELECT m FROM MemberEntity m, OrgEntity o WHERE m.cellId = o.id AND o.path LIKE :p"
                + (term == null ? "" : " AND (m.nameFolded LIKE :f OR m.phone = :e OR m.cardNumber = :e)")
                + " ORDER BY m.nameFolded, m.id";
        return db.unit().read(em -> {
            var query = em.createQuery(jpql, MemberEntity.class).setParameter("p", org.path() + "%");
            if (term != null) {
                query.setParameter("f", folded).setParameter("e", exact);
            }
            return Page.ofOffset(query.setFirstResult(offset).setMaxResults(limit + 1).getResultList().stream()
                    .map(MemberEntity::toDto).toList(), offset, limit);
        });
    }

    @Override
    public Map<Long, Long> countedByCell() {
        Map<Long, Long> c = counted.get();
        if (c == null) {
            c = db.unit().read(em -> {
                Map<Long, Long> m = new HashMap<>();
                for (Object[] row : em.createQuery("SELECT m.cellId, COUNT(m) FROM MemberEntity m"
                        + " WHERE m.status IN :s GROUP BY m.cellId", Object[].class)
                        .setParameter("s", COUNTED).getResultList()) {
                    m.put((Long) row[0], ((Number) row[1]).longValue());
                }
                return Map.copyOf(m);
            });
            counted.set(c);
        }
        return c;
    }

    @Override
    public List<Long> countedIn(List<Long> cellIds) {
        List<Long> out = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(cellIds)) {
            out.addAll(db.unit().read(em -> em.createQuery(
                    "SELECT m.id FROM MemberEntity m WHERE m.cellId IN :c AND m.status IN :s", Long.class)
                    .setParameter("c", chunk).setParameter("s", COUNTED).getResultList()));
        }
        return out;
    }

    @Override
    public List<Member> invitedIn(Collection<Long> cellIds) {
        List<Member> out = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(new java.util.LinkedHashSet<>(cellIds))) {
            out.addAll(db.unit().read(em -> em.createQuery("SELECT m FROM MemberEntity m WHERE m.cellId IN :c"
                    + " AND m.status <> :t ORDER BY m.cellId, m.nameFolded, m.id", MemberEntity.class)
                    .setParameter("c", chunk).setParameter("t", MemberStatus.TRANSFERRED.name()).getResultList()
                    .stream().map(MemberEntity::toDto).toList()));
        }
        return out;
    }

    @Override
    public Map<Long, Member> getAll(Collection<Long> ids) {
        Map<Long, Member> out = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(new java.util.LinkedHashSet<>(ids))) {
            db.unit().read(em -> em.createQuery("SELECT m FROM MemberEntity m WHERE m.id IN :i", MemberEntity.class)
                    .setParameter("i", chunk).getResultList()).forEach(m -> out.put(m.id, m.toDto()));
        }
        return out;
    }

    /** Called after any member write: drops the counts and posts {@link #TOPIC_CHANGED}. */
    void invalidate() {
        counted.set(null);
        org.osgi.service.event.EventAdmin ea = events;
        if (ea != null) {
            ea.postEvent(new org.osgi.service.event.Event(TOPIC_CHANGED, java.util.Map.of()));
        }
    }
}
