package vn.sotay.platform.core.internal;

import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.MemberLoginEntity;

/**
 * Phone and party card numbers in one namespace (CORE_MEMBER_LOGIN, primary key on the number):
 * a login names exactly one member or none, and no card may equal another member's phone.
 */
final class LoginIdentifiers {
    private LoginIdentifiers() {
    }

    /** The member whose phone or card number is {@code login} (normalised), or {@code null}. */
    static Long memberOf(EntityManager em, String login) {
        MemberLoginEntity l = em.find(MemberLoginEntity.class, login);
        return l == null ? null : l.memberId;
    }

    /** Replaces the numbers of {@code members} (flushed, so with ids) by their current phone and card. */
    static void replace(EntityManager em, Collection<MemberEntity> members) {
        List<Long> ids = members.stream().map(m -> m.id).toList();
        for (List<Long> chunk : Sql.chunks(ids)) {
            em.createQuery("DELETE FROM MemberLoginEntity l WHERE l.memberId IN :ids").setParameter("ids", chunk)
                    .executeUpdate();
        }
        for (MemberEntity m : members) {
            em.persist(new MemberLoginEntity(m.phone, m.id));
            em.persist(new MemberLoginEntity(m.cardNumber, m.id));
        }
    }
}
