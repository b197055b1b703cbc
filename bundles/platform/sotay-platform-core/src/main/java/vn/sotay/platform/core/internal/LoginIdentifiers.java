package vn.sotay.platform.core.internal;

import java.util.Collection;

import javax.persistence.EntityManager;

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

    /**
     * Replaces the numbers of {@code members} (flushed, so with ids) by their current phone and card:
     * every old number is deleted (one indexed delete per member: an IN list of ids was a table scan in
     * Derby) before any new one is written, so numbers swapped between members move freely.
     */
    static void replace(EntityManager em, Collection<MemberEntity> members) {
        for (MemberEntity m : members) {
            em.createQuery("DELETE FROM MemberLoginEntity l WHERE l.memberId = :id").setParameter("id", m.id).executeUpdate();
        }
        add(em, members);
    }

    /** Records the numbers of members that have none yet (new ones, flushed, so with ids). */
    static void add(EntityManager em, Collection<MemberEntity> members) {
        for (MemberEntity m : members) {
            em.persist(new MemberLoginEntity(m.phone, m.id));
            em.persist(new MemberLoginEntity(m.cardNumber, m.id));
        }
    }
}
