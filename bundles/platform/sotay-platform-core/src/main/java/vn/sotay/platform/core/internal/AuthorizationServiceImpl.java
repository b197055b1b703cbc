package vn.sotay.platform.core.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.auth.AccessRules;
import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.AccountEntity;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.RoleGrantEntity;

/** Authorisation against the in-memory organisation tree; grants stored in CORE_ROLE_GRANT. */
@Component
public class AuthorizationServiceImpl implements AuthorizationService {
    private final OrgService orgs;
    private final CoreDb db;
    private final AuditService audit;
    private final Sessions sessions;

    @Activate
    public AuthorizationServiceImpl(@Reference OrgService orgs, @Reference CoreDb db, @Reference AuditService audit,
            @Reference Sessions sessions) {
        this.orgs = orgs;
        this.db = db;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public boolean holds(Caller caller, long orgId, Role... anyOf) {
        return AccessRules.holds(orgs.tree(), caller, orgId, anyOf);
    }

    @Override
    public void require(Caller caller, long orgId, Role... anyOf) {
        AccessRules.require(orgs.tree(), caller, orgId, anyOf);
    }

    @Override
    public boolean canRead(Caller caller, long audienceOrgId) {
        return AccessRules.canRead(orgs.tree(), caller, audienceOrgId);
    }

    @Override
    public Visibility visibility(Caller caller) {
        return AccessRules.visibility(orgs.tree(), caller);
    }

    /**
     * Both ends: the granter may grant {@code role} at {@code orgId} (else 403: the tree is public),
     * and the account's member is inside the granter's scope too (else 404, as for an unknown
     * account). Nobody grants a role to themselves (403), except the system (shell bootstrap).
     */
    @Override
    public RoleGrant grant(Caller caller, long accountId, Role role, long orgId) {
        check(caller, accountId, role, orgId);
        if (!caller.system() && caller.accountId() == accountId) {
            throw ProblemException.forbidden("Không ai được tự cấp vai trò cho chính mình; "
                    + "hãy đề nghị cấp ủy hoặc quản trị cấp trên cấp.");
        }
        boolean created = db.unit().write(em -> {
            AccountEntity account = em.find(AccountEntity.class, accountId);
            MemberEntity member = account == null ? null : em.find(MemberEntity.class, account.memberId);
            if (member == null || !AccessRules.canGrant(orgs.tree(), caller, role, member.cellId)) {
                throw ProblemException.notFound("Không tìm thấy tài khoản trong phạm vi quản lý của bạn.");
            }
            if (!find(em, accountId, role, orgId).isEmpty()) {
                return false;
            }
            RoleGrantEntity g = new RoleGrantEntity();
            g.accountId = accountId;
            g.role = role.name();
            g.orgId = orgId;
            g.grantedBy = caller.system() ? null : caller.accountId();
            g.grantedAt = Sql.utc(Instant.now());
            em.persist(g);
            return true;
        });
        if (created) {
            audit.record(caller, "role.grant", "account", String.valueOf(accountId), role + "@" + orgId);
            sessions.evictAccount(accountId);
        }
        return new RoleGrant(role, orgId);
    }

    @Override
    public void revoke(Caller caller, long accountId, Role role, long orgId) {
        check(caller, accountId, role, orgId);
        int removed = db.unit().write(em -> {
            List<RoleGrantEntity> found = find(em, accountId, role, orgId);
            found.forEach(em::remove);
            return found.size();
        });
        if (removed > 0) {
            audit.record(caller, "role.revoke", "account", String.valueOf(accountId), role + "@" + orgId);
            sessions.evictAccount(accountId);
        }
    }

    private void check(Caller caller, long accountId, Role role, long orgId) {
        if (role == Role.MEMBER) {
            throw ProblemException.invalid("role", "Vai trò đảng viên gắn với chi bộ của đảng viên, không cấp riêng");
        }
        if (orgs.tree().node(orgId) == null) {
            throw ProblemException.invalid("orgId", "Không tìm thấy đơn vị");
        }
        if (!AccessRules.canGrant(orgs.tree(), caller, role, orgId)) {
            throw ProblemException.forbidden("Chỉ cấp ủy (hoặc quản trị) của đơn vị cấp trên mới được phân quyền tại đơn vị này.");
        }
    }

    private static List<RoleGrantEntity> find(javax.persistence.EntityManager em, long accountId, Role role, long orgId) {
        return em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.accountId = :a AND g.role = :r AND g.orgId = :o",
                RoleGrantEntity.class).setParameter("a", accountId).setParameter("r", role.name())
                .setParameter("o", orgId).getResultList();
    }
}
