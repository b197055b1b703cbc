package vn.sotay.platform.core.internal.inbox;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;

/**
 * The inbox tables (INBOX_*). A reader's channels are a handful of ids (the nodes from the root to
 * their cell, and {@code -memberId}); every question is one short index range per channel, never a
 * scan of the history. Channel lists are bounded by the tree's depth and ids are numbers, so the
 * IN lists below are inlined safely.
 */
final class InboxStore {
    private final PersistenceUnit unit;

    InboxStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    static UnitSpec spec() {
        return new UnitSpec("inbox", InboxStore.class.getClassLoader(), List.of(MessageEntity.class),
                List.of("db/inbox/V1__inbox.sql"));
    }

    long insert(String module, long senderAccountId, String senderName, InboxMessage m, Collection<Long> channels,
            Instant now) {
        return unit.write(em -> {
            MessageEntity e = new MessageEntity();
            e.setModule(module);
            e.setSenderAccountId(senderAccountId);
            e.setSenderName(senderName);
            e.setTitle(m.title());
            e.setBody(m.text());
            e.setRef(m.ref() == null ? null : m.ref().toString());
            e.setActionLabel(m.actionLabel());
            e.setActionLink(m.actionLink());
            e.setSentAt(utc(now));
            em.persist(e);
            em.flush();
            for (long ch : new TreeSet<>(channels)) {
                em.createNativeQuery("INSERT INTO INBOX_DELIVERY (CHANNEL, MESSAGE_ID) VALUES (?1, ?2)")
                        .setParameter(1, ch).setParameter(2, e.getId()).executeUpdate();
            }
            return e.getId();
        });
    }

    /** The newest message id, or 0. */
    long maxId() {
        return unit.read(em -> {
            Object v = em.createNativeQuery("SELECT MAX(ID) FROM INBOX_MESSAGE").getSingleResult();
            return v == null ? 0L : ((Number) v).longValue();
        });
    }

    /** Ids of messages to {@code channels} below {@code beforeId}, newest first, at most {@code max}. */
    List<Long> before(Collection<Long> channels, long beforeId, int max) {
        return unit.read(em -> {
            TreeSet<Long> ids = new TreeSet<>();
            for (long ch : channels) { // one descending index range per channel, merged here
                ids.addAll(longs(em.createNativeQuery("SELECT MESSAGE_ID FROM INBOX_DELIVERY WHERE CHANNEL = ?1 "
                        + "AND MESSAGE_ID < ?2 ORDER BY MESSAGE_ID DESC").setParameter(1, ch).setParameter(2, beforeId)
                        .setMaxResults(max).getResultList()));
            }
            return ids.descendingSet().stream().limit(max).toList();
        });
    }

    /** Ids of messages to {@code channels} above {@code afterId}, oldest first, at most {@code max}. */
    List<Long> after(Collection<Long> channels, long afterId, int max) {
        return unit.read(em -> longs(em.createNativeQuery("SELECT DISTINCT MESSAGE_ID FROM INBOX_DELIVERY WHERE CHANNEL IN ("
                + in(channels) + ") AND MESSAGE_ID > ?1 ORDER BY MESSAGE_ID").setParameter(1, afterId)
                .setMaxResults(max).getResultList()));
    }

    List<Message> messages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT m FROM MessageEntity m WHERE m.id IN :ids", MessageEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(InboxStore::message).toList());
    }

    /** Whether message {@code id} was addressed to one of {@code channels}. */
    boolean delivered(Collection<Long> channels, long id) {
        return unit.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM INBOX_DELIVERY WHERE CHANNEL IN ("
                + in(channels) + ") AND MESSAGE_ID = ?1").setParameter(1, id).getSingleResult()).longValue() > 0);
    }

    /** Messages to {@code channels} with an id in {@code (from, to]}. */
    long countDelivered(Collection<Long> channels, long from, long to) {
        return unit.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT MESSAGE_ID) FROM INBOX_DELIVERY "
                + "WHERE CHANNEL IN (" + in(channels) + ") AND MESSAGE_ID > ?1 AND MESSAGE_ID <= ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue());
    }

    /** Messages the member marked read one by one with an id in {@code (from, to]}. */
    long countRead(long memberId, long from, long to) {
        return unit.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM INBOX_READ WHERE MEMBER_ID = ?1 "
                + "AND MESSAGE_ID > ?2 AND MESSAGE_ID <= ?3").setParameter(1, memberId).setParameter(2, from)
                .setParameter(3, to).getSingleResult()).longValue());
    }

    /** Everything up to this id is read by the member (0: nothing marked). */
    long watermark(long memberId) {
        return unit.read(em -> watermark(em, memberId));
    }

    /** Of {@code ids}, those the member has read. */
    Set<Long> readOf(long memberId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return unit.read(em -> {
            long w = watermark(em, memberId);
            Set<Long> out = ids.stream().filter(i -> i <= w).collect(Collectors.toCollection(HashSet::new));
            out.addAll(longs(em.createNativeQuery("SELECT MESSAGE_ID FROM INBOX_READ WHERE MEMBER_ID = ?1 AND MESSAGE_ID IN ("
                    + in(ids) + ")").setParameter(1, memberId).getResultList()));
            return out;
        });
    }

    /** Marks one message read; true when it was unread. */
    boolean markRead(long memberId, long id) {
        return unit.write(em -> {
            if (id <= watermark(em, memberId) || !em.createNativeQuery("SELECT 1 FROM INBOX_READ WHERE MEMBER_ID = ?1 "
                    + "AND MESSAGE_ID = ?2").setParameter(1, memberId).setParameter(2, id).getResultList().isEmpty()) {
                return false;
            }
            em.createNativeQuery("INSERT INTO INBOX_READ (MEMBER_ID, MESSAGE_ID) VALUES (?1, ?2)")
                    .setParameter(1, memberId).setParameter(2, id).executeUpdate();
            return true;
        });
    }

    /** Marks everything up to {@code upto} read (one watermark row; the single marks below it go). */
    void markAll(long memberId, long upto) {
        unit.write(em -> {
            int n = em.createNativeQuery("UPDATE INBOX_WATERMARK SET READ_UPTO = ?2 WHERE MEMBER_ID = ?1 AND READ_UPTO < ?2")
                    .setParameter(1, memberId).setParameter(2, upto).executeUpdate();
            if (n == 0 && em.createNativeQuery("SELECT 1 FROM INBOX_WATERMARK WHERE MEMBER_ID = ?1")
                    .setParameter(1, memberId).getResultList().isEmpty()) {
                em.createNativeQuery("INSERT INTO INBOX_WATERMARK (MEMBER_ID, READ_UPTO) VALUES (?1, ?2)")
                        .setParameter(1, memberId).setParameter(2, upto).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM INBOX_READ WHERE MEMBER_ID = ?1 AND MESSAGE_ID <= ?2")
                    .setParameter(1, memberId).setParameter(2, upto).executeUpdate();
            return null;
        });
    }

    private static long watermark(EntityManager em, long memberId) {
        List<?> r = em.createNativeQuery("SELECT READ_UPTO FROM INBOX_WATERMARK WHERE MEMBER_ID = ?1")
                .setParameter(1, memberId).getResultList();
        return r.isEmpty() ? 0L : ((Number) r.get(0)).longValue();
    }

    private static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> longs(List<?> rows) {
        List<Long> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(((Number) (r instanceof Object[] a ? a[0] : r)).longValue());
        }
        return out;
    }

    private static Message message(MessageEntity e) {
        return new Message(e.getId(), e.getModule(), e.getSenderAccountId(), e.getSenderName(), e.getTitle(),
                e.getBody(), e.getRef(), e.getActionLabel(), e.getActionLink(), instant(e.getSentAt()));
    }
}
