package vn.sotay.notices.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.notices.internal.entity.NoticeEntity;
import vn.sotay.notices.internal.entity.ReceiptEntity;

/**
 * The module's only access to its tables (NTC_*): one query per question, never N+1; UTC timestamps.
 * A committed notice is published on the change channel ({@code notices}/{@code notice}).
 */
@Component(service = NoticeStore.class, immediate = true)
public class NoticeStore {
    /** Largest IN list sent to the database; longer ones are split into OR-ed chunks. */

    private static final String ROW = "SELECT n, r.readAt, r.acknowledgedAt FROM NoticeEntity n "
            + "LEFT JOIN ReceiptEntity r ON r.noticeId = n.id AND r.memberId = :member ";

    private final PersistenceUnit unit;
    private final ChangeBus changes;

    @Activate
    public NoticeStore(@Reference PersistenceService persistence, @Reference ChangeBus changes) {
        this(persistence.open(spec()), changes);
    }

    NoticeStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    static UnitSpec spec() {
        return new UnitSpec("notices", NoticeStore.class.getClassLoader(),
                List.of(NoticeEntity.class, ReceiptEntity.class), List.of("db/notices/V1__init.sql", "db/notices/V2__receipts_by_member.sql"));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Stores a notice, then publishes its creation and waits for this JVM's listeners (inbox cache, search). */
    Notice insert(String title, String body, long audienceOrgId, long senderAccountId, String senderName,
            Instant sentAt, Instant expiresAt) {
        Notice n = unit.write(em -> {
            NoticeEntity e = new NoticeEntity();
            e.setTitle(title);
            e.setBody(body);
            e.setAudienceOrgId(audienceOrgId);
            e.setSenderAccountId(senderAccountId);
            e.setSenderName(senderName);
            e.setSentAt(utc(sentAt));
            e.setExpiresAt(utc(expiresAt));
            em.persist(e);
            em.flush();
            return notice(e);
        });
        changes.publishAndWait(ChangeEvent.created("notices", "notice", n.id(), n.audienceOrgId()), ChangeBus.WAIT);
        return n;
    }

    /** The notice with {@code memberId}'s receipt flags ({@code null}: none). */
    Optional<NoticeRow> find(long id, Long memberId) {
        return unit.read(em -> rows(em.createQuery(ROW + "WHERE n.id = :id", Object[].class)
                .setParameter("member", memberId == null ? -1L : memberId).setParameter("id", id)))
                .stream().findFirst();
    }

    /**
     * Notices addressed to one of {@code audienceIds}, not expired at {@code now}, unread by the
     * member first, then newest. "Unread first" sorts on the joined receipt's member id, null
     * exactly when there is no receipt: a CASE expression would make EclipseLink inline every
     * parameter on Derby (one statement compilation per member).
     */
    List<NoticeRow> inbox(Collection<Long> audienceIds, long memberId, Instant now, int offset, int max) {
        return unit.read(em -> rows(em.createQuery(ROW
                + "WHERE n.audienceOrgId IN :aud AND (n.expiresAt IS NULL OR n.expiresAt > :now) "
                + "ORDER BY r.memberId NULLS FIRST, n.sentAt DESC, n.id DESC", Object[].class)
                .setParameter("member", memberId).setParameter("aud", audienceIds).setParameter("now", utc(now))
                .setFirstResult(offset).setMaxResults(max)));
    }

    /** Notices addressed to one of {@code audienceIds} expiring in {@code [from, to)}, soonest first (calendar deadlines). */
    List<Notice> expiring(Collection<Long> audienceIds, Instant from, Instant to, int max) {
        return unit.read(em -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.audienceOrgId IN :aud "
                + "AND n.expiresAt >= :from AND n.expiresAt < :to ORDER BY n.expiresAt, n.id", NoticeEntity.class)
                .setParameter("aud", audienceIds).setParameter("from", utc(from)).setParameter("to", utc(to))
                .setMaxResults(max).getResultList().stream().map(NoticeStore::notice).toList());
    }

    /** Every notice addressed to {@code audienceId} (the inbox cache loads one audience at a time). */
    List<Notice> byAudience(long audienceId) {
        return unit.read(em -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.audienceOrgId = :a",
                NoticeEntity.class).setParameter("a", audienceId).getResultList().stream().map(NoticeStore::notice)
                .toList());
    }

    /** A member's receipt flags by notice id (one indexed query). */
    Map<Long, NoticeFlags> receiptsOf(long memberId) {
        return unit.read(em -> {
            Map<Long, NoticeFlags> out = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT r.noticeId, r.readAt, r.acknowledgedAt FROM ReceiptEntity r "
                    + "WHERE r.memberId = :m", Object[].class).setParameter("m", memberId).getResultList()) {
                out.put((Long) r[0], new NoticeFlags(r[1] != null, r[2] != null));
            }
            return out;
        });
    }

    /** Distinct audiences of all notices (one index scan), to narrow {@link #managed}. */
    List<Long> audiences() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT n.audienceOrgId FROM NoticeEntity n", Long.class)
                .getResultList());
    }

    /**
     * Notices sent by {@code senderAccountId} or addressed to one of {@code audienceIds} ({@code null}:
     * any audience), newest first, with {@code memberId}'s flags.
     */
    List<NoticeRow> managed(Collection<Long> audienceIds, long senderAccountId, Long memberId, int offset, int max) {
        List<List<Long>> chunks = audienceIds == null ? List.of() : chunks(audienceIds);
        String where = audienceIds == null ? "" : "WHERE n.senderAccountId = :sender" + IntStream
                .range(0, chunks.size()).mapToObj(i -> " OR n.audienceOrgId IN :a" + i).collect(Collectors.joining());
        return unit.read(em -> {
            TypedQuery<Object[]> q = em.createQuery(ROW + where + " ORDER BY n.sentAt DESC, n.id DESC", Object[].class)
                    .setParameter("member", memberId == null ? -1L : memberId);
            if (audienceIds != null) {
                q.setParameter("sender", senderAccountId);
            }
            for (int i = 0; i < chunks.size(); i++) {
                q.setParameter("a" + i, chunks.get(i));
            }
            return rows(q.setFirstResult(offset).setMaxResults(max));
        });
    }

    /** The notices with these ids (content references); unknown ids are absent. */
    List<Notice> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.id IN :ids", NoticeEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(NoticeStore::notice).toList());
    }

    /** Notices with an id above {@code afterId}, by id (keyset paging for the search feed). */
    List<Notice> after(long afterId, int max) {
        return unit.read(em -> em.createQuery("SELECT n FROM NoticeEntity n WHERE n.id > :id ORDER BY n.id",
                NoticeEntity.class).setParameter("id", afterId).setMaxResults(max).getResultList()
                .stream().map(NoticeStore::notice).toList());
    }

    /**
     * Marks the notice read (and acknowledged when {@code ack}) by the member, once: existing times
     * are kept. Two first openings racing on the unique (notice, member) key are resolved by retrying.
     */
    NoticeRow receive(Notice n, long memberId, long cellId, Instant now, boolean ack) {
        try {
            return unit.write(em -> upsert(em, n, memberId, cellId, now, ack));
        } catch (PersistenceException e) {
            return unit.write(em -> upsert(em, n, memberId, cellId, now, ack));
        }
    }

    /** Per cell of the readers: how many read and how many acknowledged (one grouped query). */
    Map<Long, Rollup.Tally> receiptsByCell(long noticeId) {
        return unit.read(em -> {
            Map<Long, Rollup.Tally> out = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT r.cellId, COUNT(r.readAt), COUNT(r.acknowledgedAt) "
                    + "FROM ReceiptEntity r WHERE r.noticeId = :n GROUP BY r.cellId", Object[].class)
                    .setParameter("n", noticeId).getResultList()) {
                out.put((Long) r[0], new Rollup.Tally(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
            }
            return out;
        });
    }

    /** Notices sent in {@code [from, to)} per audience node. */
    Map<Long, Long> sentByAudience(Instant from, Instant to) {
        return grouped("SELECT n.audienceOrgId, COUNT(n) FROM NoticeEntity n "
                + "WHERE n.sentAt >= :from AND n.sentAt < :to GROUP BY n.audienceOrgId", from, to);
    }

    /** Receipts first read in {@code [from, to)} per cell. */
    Map<Long, Long> readByCell(Instant from, Instant to) {
        return grouped("SELECT r.cellId, COUNT(r) FROM ReceiptEntity r "
                + "WHERE r.readAt >= :from AND r.readAt < :to GROUP BY r.cellId", from, to);
    }

    private Map<Long, Long> grouped(String jpql, Instant from, Instant to) {
        return unit.read(em -> {
            Map<Long, Long> out = new HashMap<>();
            for (Object[] r : em.createQuery(jpql, Object[].class)
                    .setParameter("from", utc(from)).setParameter("to", utc(to)).getResultList()) {
                out.put((Long) r[0], ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    private static NoticeRow upsert(EntityManager em, Notice n, long memberId, long cellId, Instant now, boolean ack) {
        LocalDateTime t = utc(now);
        List<ReceiptEntity> found = em.createQuery(
                "SELECT r FROM ReceiptEntity r WHERE r.noticeId = :n AND r.memberId = :m", ReceiptEntity.class)
                .setParameter("n", n.id()).setParameter("m", memberId).getResultList();
        ReceiptEntity r = found.isEmpty() ? null : found.get(0);
        if (r == null) {
            r = new ReceiptEntity();
            r.setNoticeId(n.id());
            r.setMemberId(memberId);
            r.setCellId(cellId);
            em.persist(r);
        }
        if (r.getReadAt() == null) {
            r.setReadAt(t);
        }
        if (ack && r.getAcknowledgedAt() == null) {
            r.setAcknowledgedAt(t);
        }
        return new NoticeRow(n, true, r.getAcknowledgedAt() != null);
    }

    private static List<NoticeRow> rows(TypedQuery<Object[]> q) {
        List<NoticeRow> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            out.add(new NoticeRow(notice((NoticeEntity) r[0]), r[1] != null, r[2] != null));
        }
        return out;
    }

    private static Notice notice(NoticeEntity e) {
        return new Notice(e.getId(), e.getTitle(), e.getBody(), e.getAudienceOrgId(), e.getSenderAccountId(),
                e.getSenderName(), instant(e.getSentAt()), instant(e.getExpiresAt()));
    }
}
