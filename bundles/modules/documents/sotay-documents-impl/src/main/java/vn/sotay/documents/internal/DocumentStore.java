package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.entity.AttachmentEntity;
import vn.sotay.documents.internal.entity.DocumentEntity;
import vn.sotay.documents.internal.entity.EventEntity;
import vn.sotay.documents.internal.entity.StatusRequestEntity;

/**
 * The module's only access to its tables (DOC_*). Every write runs the workflow check inside its
 * transaction and records a history event. Published documents are served from an in-memory
 * {@link Library} rebuilt after writes (documents are read far more than written); downloads are
 * counted in memory and written every {@value #FLUSH_SECONDS} s.
 */
@Component(service = DocumentStore.class, immediate = true)
public class DocumentStore {
    static final int FLUSH_SECONDS = 5;
    static final String NOUN = "tài liệu";

    private final PersistenceUnit unit;
    private final AtomicLong generation = new AtomicLong();
    private volatile Library library;
    private final Map<Long, List<Long>> bookmarks = new ConcurrentHashMap<>();
    private final Map<Download, LongAdder> downloads = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> pendingByDoc = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sotay-documents-downloads");
        t.setDaemon(true);
        return t;
    });

    /** Published documents, newest issued first, with a map by id. Immutable. */
    record Library(List<Doc> newestFirst, Map<Long, Doc> byId) {
    }

    private record Download(LocalDate day, long orgId, long documentId) {
    }

    @Activate
    public DocumentStore(@Reference PersistenceService persistence) {
        this(persistence.open(spec()));
    }

    DocumentStore(PersistenceUnit unit) {
        this.unit = unit;
        flusher.scheduleWithFixedDelay(() -> {
            try {
                flushDownloads();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DocumentStore.class).warn("Download counts not written, retried: {}", e.toString());
            }
        }, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    static UnitSpec spec() {
        return new UnitSpec("documents", DocumentStore.class.getClassLoader(),
                List.of(DocumentEntity.class, AttachmentEntity.class, EventEntity.class, StatusRequestEntity.class),
                List.of("db/documents/V1__init.sql", "db/documents/V2__status_requests.sql"));
    }

    @Deactivate
    void close() {
        flusher.shutdown();
        flushDownloads();
        unit.close();
    }

    // ---------------------------------------------------------------------------------------------
    // writes

    /** A new draft written by {@code c}; {@code v} is validated. */
    Doc insert(Valid v, Caller c, Instant now) {
        return write(em -> {
            DocumentEntity e = new DocumentEntity();
            e.setReviewStatus(ReviewStatus.DRAFT.name());
            e.setAuthorAccountId(c.accountId());
            e.setAuthorName(c.name());
            e.setCreatedAt(utc(now));
            content(em, e, v, now);
            em.persist(e);
            em.flush();
            relate(em, e.getId(), v);
            event(em, e.getId(), ReviewAction.DRAFT.name(), c, now, null);
            return e.getId();
        });
    }

    /**
     * One workflow step on document {@code id}: checks {@code action} against the current status
     * inside the transaction (409 otherwise), applies {@code change}, moves the status and records
     * the event. Approving publishes the document and applies its relations' effects (a replaced
     * document becomes {@link LegalStatus#REPLACED}).
     */
    Doc save(long id, ReviewAction action, Caller c, Instant now, String note,
            BiConsumer<EntityManager, DocumentEntity> change) {
        return write(em -> {
            DocumentEntity e = entity(em, id);
            ReviewStatus next = action.apply(ReviewStatus.valueOf(e.getReviewStatus()), NOUN);
            change.accept(em, e);
            e.setReviewStatus(next.name());
            e.setUpdatedAt(utc(now));
            if (action == ReviewAction.RETURN) {
                e.setLastComment(note);
            }
            if (action == ReviewAction.APPROVE) {
                e.setPublishedAt(utc(now));
            }
            event(em, id, action.name(), c, now, note);
            return id;
        });
    }

    /**
     * The change of an approval (pass it to {@link #save} with {@link ReviewAction#APPROVE}): the
     * relations' effects on the legal status of the documents this one replaces or amends. An effect
     * on a document whose issuing organisation the approver reviews ({@code reviews}) is applied; on
     * any other it is recorded as a request for that document's own reviewers (DOC_STATUS_REQUEST),
     * never applied. An expired document keeps its status.
     */
    static BiConsumer<EntityManager, DocumentEntity> approval(Caller c, Instant now, LongPredicate reviews) {
        return (em, e) -> {
            for (Object[] r : relations(em, List.of(e.getId()), "SOURCE_ID")) {
                LegalStatus effect = RelationKind.valueOf((String) r[2]).effect;
                DocumentEntity target = em.find(DocumentEntity.class, ((Number) r[1]).longValue());
                if (effect == null || target == null || LegalStatus.valueOf(target.getLegalStatus()) == LegalStatus.EXPIRED) {
                    continue;
                }
                if (reviews.test(target.getOwnerOrgId())) {
                    target.setLegalStatus(effect.name());
                    target.setUpdatedAt(utc(now));
                    event(em, target.getId(), "STATUS", c, now, effect.name() + " " + e.getNumberText());
                } else {
                    StatusRequestEntity q = new StatusRequestEntity();
                    q.targetId = target.getId();
                    q.sourceId = e.getId();
                    q.legalStatus = effect.name();
                    q.requestedBy = c.accountId();
                    q.requestedByName = c.name();
                    q.requestedAt = utc(now);
                    em.persist(q);
                    event(em, target.getId(), "STATUS_REQUEST", c, now, effect.name() + " " + e.getNumberText());
                }
            }
        };
    }

    /** Accounts that wrote the document: its author and whoever edited it or its files (separation of duties). */
    Set<Long> authors(long id) {
        return unit.read(em -> {
            Set<Long> out = new java.util.HashSet<>(em.createQuery("SELECT DISTINCT ev.actorAccountId FROM EventEntity ev "
                    + "WHERE ev.documentId = :d AND ev.action IN :a", Long.class).setParameter("d", id)
                    .setParameter("a", List.of(ReviewAction.DRAFT.name(), ReviewAction.UPDATE.name(), "ATTACH", "DETACH"))
                    .getResultList());
            DocumentEntity e = em.find(DocumentEntity.class, id);
            if (e != null) {
                out.add(e.getAuthorAccountId());
            }
            return out;
        });
    }

    /** The unit, for the module's other stores of DOC_* rows (status requests). */
    PersistenceUnit unit() {
        return unit;
    }

    /** After another store's write: the library is rebuilt on its next read. */
    void changed() {
        generation.incrementAndGet();
    }

    /** The content of an editable document, replacing its relations. */
    static BiConsumer<EntityManager, DocumentEntity> update(Valid v, Instant now) {
        return (em, e) -> {
            content(em, e, v, now);
            em.createNativeQuery("DELETE FROM DOC_RELATION WHERE SOURCE_ID = ?").setParameter(1, e.getId()).executeUpdate();
            relate(em, e.getId(), v);
        };
    }

    /** Sets the legal status of a published document by hand (a reviewer marks it expired). */
    Doc legalStatus(long id, LegalStatus status, Caller c, Instant now) {
        return write(em -> {
            DocumentEntity e = entity(em, id);
            e.setLegalStatus(status.name());
            e.setUpdatedAt(utc(now));
            event(em, id, "STATUS", c, now, status.name());
            return id;
        });
    }

    /** Attaches an inspected file to an editable document (409 otherwise). */
    Doc.Attachment attach(long id, String fileName, InspectedFile f, Caller c, Instant now) {
        long[] created = new long[1];
        write(em -> {
            DocumentEntity e = entity(em, id);
            ReviewAction.UPDATE.apply(ReviewStatus.valueOf(e.getReviewStatus()), NOUN);
            AttachmentEntity a = new AttachmentEntity();
            a.setDocumentId(id);
            a.setFileName(fileName);
            a.setKind(f.kind().name());
            a.setByteSize(f.size());
            a.setSha256(f.sha256());
            a.setPages(f.pages());
            a.setTextChars(f.text().length());
            a.setUploaderAccountId(c.accountId());
            a.setCreatedAt(utc(now));
            em.persist(a);
            em.flush();
            created[0] = a.getId();
            e.setUpdatedAt(utc(now));
            event(em, id, "ATTACH", c, now, fileName);
            return id;
        });
        return attachment(id, created[0]).orElseThrow();
    }

    /** Removes an attachment from an editable document; the file stays (other rows may share it). */
    void detach(long id, long attachmentId, Caller c, Instant now) {
        write(em -> {
            DocumentEntity e = entity(em, id);
            ReviewAction.UPDATE.apply(ReviewStatus.valueOf(e.getReviewStatus()), NOUN);
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.getDocumentId() != id) {
                throw ProblemException.notFound("Không tìm thấy tệp đính kèm.");
            }
            em.remove(a);
            event(em, id, "DETACH", c, now, a.getFileName());
            return id;
        });
    }

    private Doc write(java.util.function.Function<EntityManager, Long> work) {
        long id = unit.write(work);
        generation.incrementAndGet();
        return find(id).orElseThrow();
    }

    private static DocumentEntity entity(EntityManager em, long id) {
        DocumentEntity e = em.find(DocumentEntity.class, id);
        if (e == null) {
            throw ProblemException.notFound("Không tìm thấy tài liệu.");
        }
        return e;
    }

    private static void content(EntityManager em, DocumentEntity e, Valid v, Instant now) {
        e.setNumberText(v.number().toString());
        e.setNumberKey(v.number().key());
        e.setDocType(v.number().type().name());
        e.setIssuerCode(v.number().issuer());
        e.setIssuerKey(DocumentNumber.key(v.number().issuer()));
        e.setIssuerName(v.issuerName());
        e.setOwnerOrgId(v.ownerOrgId());
        e.setDocLevel(v.level().name());
        e.setIssuedOn(v.issuedOn());
        e.setSigner(v.signer());
        e.setTitle(v.title());
        e.setSummary(v.summary());
        e.setAudienceOrgId(v.audienceOrgId());
        e.setLegalStatus(v.legalStatus().name());
        e.setUpdatedAt(utc(now));
    }

    private static void relate(EntityManager em, long id, Valid v) {
        v.relations().forEach((target, kind) -> em.createNativeQuery(
                "INSERT INTO DOC_RELATION (SOURCE_ID, TARGET_ID, KIND) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, target).setParameter(3, kind.name()).executeUpdate());
    }

    static void event(EntityManager em, long id, String action, Caller c, Instant now, String note) {
        EventEntity ev = new EventEntity();
        ev.setDocumentId(id);
        ev.setAction(action);
        ev.setActorAccountId(c.accountId());
        ev.setActorName(c.name());
        ev.setAt(utc(now));
        ev.setNote(note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note);
        em.persist(ev);
    }

    // ---------------------------------------------------------------------------------------------
    // reads

    /** Any document, in every status, with its attachments and relations. */
    Optional<Doc> find(long id) {
        return unit.read(em -> {
            DocumentEntity e = em.find(DocumentEntity.class, id);
            return e == null ? Optional.<Doc>empty() : Optional.of(assemble(em, List.of(e)).get(0));
        });
    }

    /** Documents by id in any status, as the far end of a reference sees them (number, title, organisations): one query per 1,000. */
    Map<Long, Doc.Link> heads(Collection<Long> ids) {
        Map<Long, Doc.Link> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            unit.read(em -> em.createQuery("SELECT d.id, d.numberText, d.title, d.legalStatus, d.reviewStatus, "
                    + "d.ownerOrgId, d.audienceOrgId FROM DocumentEntity d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(o -> out.put(((Number) o[0]).longValue(), link(RelationKind.REPLACES.name(), o)));
        }
        return out;
    }

    /** Ids of the documents whose number has this {@link DocumentNumber#key()}. */
    List<Long> idsByNumber(String key) {
        return unit.read(em -> em.createQuery("SELECT d.id FROM DocumentEntity d WHERE d.numberKey = :k ORDER BY d.id",
                Long.class).setParameter("k", key).getResultList());
    }

    /** The published documents, from memory; rebuilt (four queries) after any write. */
    Library library() {
        long g = generation.get();
        Library l = library;
        if (l == null || libraryGeneration != g) {
            l = unit.read(em -> {
                List<DocumentEntity> rows = em.createQuery("SELECT d FROM DocumentEntity d WHERE d.reviewStatus = 'APPROVED' "
                        + "ORDER BY d.issuedOn DESC, d.id DESC", DocumentEntity.class).getResultList();
                List<Doc> docs = assemble(em, rows);
                Map<Long, Doc> byId = new HashMap<>();
                docs.forEach(d -> byId.put(d.id(), d));
                return new Library(List.copyOf(docs), Map.copyOf(byId));
            });
            library = l;
            libraryGeneration = g;
        }
        return l;
    }

    private volatile long libraryGeneration = -1;

    /** Documents in these review statuses, newest change first, without attachments (editors' desk, review queue). */
    List<Doc> queue(Set<ReviewStatus> statuses) {
        return unit.read(em -> assemble(em, em.createQuery("SELECT d FROM DocumentEntity d WHERE d.reviewStatus IN :s "
                + "ORDER BY d.updatedAt DESC, d.id DESC", DocumentEntity.class)
                .setParameter("s", statuses.stream().map(ReviewStatus::name).toList()).getResultList()));
    }

    /** Published documents with an id above {@code after}, by id (the search feed). */
    List<Doc> publishedAfter(long after, int max) {
        return unit.read(em -> assemble(em, em.createQuery("SELECT d FROM DocumentEntity d WHERE "
                + "d.reviewStatus = 'APPROVED' AND d.id > :a ORDER BY d.id", DocumentEntity.class)
                .setParameter("a", after).setMaxResults(max).getResultList()));
    }

    Optional<Doc.Attachment> attachment(long id, long attachmentId) {
        return unit.read(em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId))
                .filter(a -> a.getDocumentId() == id).map(DocumentStore::attachment));
    }

    List<Doc.Event> history(long id) {
        return unit.read(em -> em.createQuery("SELECT e FROM EventEntity e WHERE e.documentId = :d ORDER BY e.id",
                EventEntity.class).setParameter("d", id).getResultList().stream()
                .map(e -> new Doc.Event(e.getAction(), e.getActorAccountId(), e.getActorName(), instant(e.getAt()),
                        e.getNote()))
                .toList());
    }

    /** Entities to documents with attachments and relations: three more queries, whatever the count. */
    private List<Doc> assemble(EntityManager em, List<DocumentEntity> rows) {
        List<Long> ids = rows.stream().map(DocumentEntity::getId).toList();
        Map<Long, List<Doc.Attachment>> files = new HashMap<>();
        List<Object[]> out = new ArrayList<>();
        List<Object[]> in = new ArrayList<>();
        if (ids.size() > 200) { // the whole library: read every row once instead of IN lists
            em.createQuery("SELECT a FROM AttachmentEntity a ORDER BY a.id", AttachmentEntity.class).getResultList()
                    .forEach(a -> files.computeIfAbsent(a.getDocumentId(), k -> new ArrayList<>()).add(attachment(a)));
            List<Object[]> all = rows(em.createNativeQuery("SELECT SOURCE_ID, TARGET_ID, KIND FROM DOC_RELATION").getResultList());
            out.addAll(all);
            in.addAll(all);
        } else if (!ids.isEmpty()) {
            for (List<Long> chunk : chunks(ids)) {
                em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.documentId IN :ids ORDER BY a.id",
                        AttachmentEntity.class).setParameter("ids", chunk).getResultList()
                        .forEach(a -> files.computeIfAbsent(a.getDocumentId(), k -> new ArrayList<>()).add(attachment(a)));
            }
            out.addAll(relations(em, ids, "SOURCE_ID"));
            in.addAll(relations(em, ids, "TARGET_ID"));
        }
        Map<Long, Object[]> others = new HashMap<>();
        Set<Long> otherIds = new java.util.HashSet<>();
        out.forEach(r -> otherIds.add(((Number) r[1]).longValue()));
        in.forEach(r -> otherIds.add(((Number) r[0]).longValue()));
        for (List<Long> chunk : chunks(otherIds)) {
            for (Object[] o : em.createQuery("SELECT d.id, d.numberText, d.title, d.legalStatus, d.reviewStatus, "
                    + "d.ownerOrgId, d.audienceOrgId FROM DocumentEntity d WHERE d.id IN :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                others.put(((Number) o[0]).longValue(), o);
            }
        }
        Map<Long, List<Doc.Link>> links = new HashMap<>();
        Map<Long, List<Doc.Link>> backLinks = new HashMap<>();
        Set<Long> wanted = new java.util.HashSet<>(ids);
        for (Object[] r : out) {
            long src = ((Number) r[0]).longValue();
            if (wanted.contains(src)) {
                links.computeIfAbsent(src, k -> new ArrayList<>()).add(link(r[2], others.get(((Number) r[1]).longValue())));
            }
        }
        for (Object[] r : in) {
            long target = ((Number) r[1]).longValue();
            if (wanted.contains(target)) {
                backLinks.computeIfAbsent(target, k -> new ArrayList<>()).add(link(r[2], others.get(((Number) r[0]).longValue())));
            }
        }
        List<Doc> docs = new ArrayList<>(rows.size());
        for (DocumentEntity e : rows) {
            docs.add(new Doc(e.getId(), e.getNumberText(), e.getNumberKey(), DocType.valueOf(e.getDocType()),
                    e.getIssuerCode(), e.getIssuerKey(), e.getIssuerName(), e.getOwnerOrgId(), DocLevel.valueOf(e.getDocLevel()),
                    e.getIssuedOn(), e.getSigner(), e.getTitle(), e.getSummary(), e.getAudienceOrgId(),
                    LegalStatus.valueOf(e.getLegalStatus()), ReviewStatus.valueOf(e.getReviewStatus()), e.getLastComment(),
                    e.getAuthorAccountId(), e.getAuthorName(), instant(e.getPublishedAt()), instant(e.getCreatedAt()),
                    instant(e.getUpdatedAt()), e.getDownloads(), files.getOrDefault(e.getId(), List.of()),
                    links.getOrDefault(e.getId(), List.of()), backLinks.getOrDefault(e.getId(), List.of())));
        }
        return docs;
    }

    private static Doc.Link link(Object kind, Object[] other) {
        return new Doc.Link(RelationKind.valueOf((String) kind), ((Number) other[0]).longValue(), (String) other[1],
                (String) other[2], LegalStatus.valueOf((String) other[3]), "APPROVED".equals(other[4]),
                ((Number) other[5]).longValue(), ((Number) other[6]).longValue());
    }

    private static List<Object[]> relations(EntityManager em, Collection<Long> ids, String column) {
        List<Object[]> out = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList()); // longs only: no injection
            out.addAll(rows(em.createNativeQuery("SELECT SOURCE_ID, TARGET_ID, KIND FROM DOC_RELATION WHERE "
                    + column + " IN (" + in + ")").getResultList()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> raw) {
        return (List<Object[]>) raw;
    }

    private static Doc.Attachment attachment(AttachmentEntity a) {
        return new Doc.Attachment(a.getId(), a.getDocumentId(), a.getFileName(), FileKind.valueOf(a.getKind()),
                a.getByteSize(), a.getSha256(), a.getPages(), a.getTextChars(), instant(a.getCreatedAt()));
    }

    // ---------------------------------------------------------------------------------------------
    // bookmarks ("xem sau")

    /** The account's bookmarked document ids, newest first (cached per account). */
    List<Long> bookmarks(long accountId) {
        return bookmarks.computeIfAbsent(accountId, a -> unit.read(em -> em.createNativeQuery(
                "SELECT DOCUMENT_ID FROM DOC_BOOKMARK WHERE ACCOUNT_ID = ? ORDER BY CREATED_AT DESC, DOCUMENT_ID DESC")
                .setParameter(1, a).getResultList().stream().map(o -> ((Number) o).longValue()).toList()));
    }

    /** Adds a bookmark; true when it was new. */
    boolean bookmark(long accountId, long documentId, Instant now) {
        if (bookmarks(accountId).contains(documentId)) {
            return false;
        }
        unit.write(em -> em.createNativeQuery("INSERT INTO DOC_BOOKMARK (ACCOUNT_ID, DOCUMENT_ID, CREATED_AT) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, documentId)
                .setParameter(3, java.sql.Timestamp.valueOf(utc(now))).executeUpdate());
        bookmarks.remove(accountId);
        return true;
    }

    /** Removes a bookmark; true when there was one. */
    boolean unbookmark(long accountId, long documentId) {
        int n = unit.write(em -> em.createNativeQuery("DELETE FROM DOC_BOOKMARK WHERE ACCOUNT_ID = ? AND DOCUMENT_ID = ?")
                .setParameter(1, accountId).setParameter(2, documentId).executeUpdate());
        bookmarks.remove(accountId);
        return n > 0;
    }

    // ---------------------------------------------------------------------------------------------
    // downloads and statistics

    /** Counts one download by a reader of {@code orgId} on {@code day} (Vietnamese calendar). */
    void countDownload(long documentId, long orgId, LocalDate day) {
        downloads.computeIfAbsent(new Download(day, orgId, documentId), k -> new LongAdder()).increment();
        pendingByDoc.computeIfAbsent(documentId, k -> new LongAdder()).increment();
    }

    /** Downloads of a document including those not yet written. */
    long downloads(Doc d) {
        LongAdder p = pendingByDoc.get(d.id());
        return d.downloads() + (p == null ? 0 : p.sum());
    }

    synchronized void flushDownloads() {
        Map<Download, Long> batch = new LinkedHashMap<>();
        downloads.forEach((k, v) -> {
            long n = v.sumThenReset();
            if (n > 0) {
                batch.put(k, n);
            }
        });
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, Long> byDoc = new HashMap<>();
        batch.forEach((k, n) -> byDoc.merge(k.documentId(), n, Long::sum));
        try {
            unit.write(em -> {
                batch.forEach((k, n) -> {
                    java.sql.Date day = java.sql.Date.valueOf(k.day());
                    int updated = em.createNativeQuery("UPDATE DOC_DOWNLOAD SET N = N + ? WHERE DOWNLOAD_DAY = ? "
                            + "AND ORG_ID = ? AND DOCUMENT_ID = ?").setParameter(1, n).setParameter(2, day)
                            .setParameter(3, k.orgId()).setParameter(4, k.documentId()).executeUpdate();
                    if (updated == 0) {
                        em.createNativeQuery("INSERT INTO DOC_DOWNLOAD (DOWNLOAD_DAY, ORG_ID, DOCUMENT_ID, N) VALUES (?, ?, ?, ?)")
                                .setParameter(1, day).setParameter(2, k.orgId()).setParameter(3, k.documentId())
                                .setParameter(4, n).executeUpdate();
                    }
                });
                byDoc.forEach((d, n) -> em.createNativeQuery("UPDATE DOC_DOCUMENT SET DOWNLOADS = DOWNLOADS + ? WHERE ID = ?")
                        .setParameter(1, n).setParameter(2, d).executeUpdate());
                return null;
            });
        } catch (RuntimeException e) { // put them back: counted next time
            batch.forEach((k, n) -> downloads.computeIfAbsent(k, x -> new LongAdder()).add(n));
            throw e;
        }
        byDoc.forEach((d, n) -> pendingByDoc.computeIfAbsent(d, x -> new LongAdder()).add(-n));
        generation.incrementAndGet();
    }

    /** Documents published in {@code [from, to)} per owner organisation and level: {ownerOrgId, level, count}. */
    List<Object[]> publishedBy(Instant from, Instant to) {
        return unit.read(em -> em.createQuery("SELECT d.ownerOrgId, d.docLevel, COUNT(d) FROM DocumentEntity d "
                + "WHERE d.publishedAt >= :f AND d.publishedAt < :t AND d.reviewStatus IN ('APPROVED', 'ARCHIVED') "
                + "GROUP BY d.ownerOrgId, d.docLevel", Object[].class)
                .setParameter("f", utc(from)).setParameter("t", utc(to)).getResultList());
    }

    /** Downloads on days {@code [from, to)} per reader organisation. */
    Map<Long, Long> downloadsByOrg(LocalDate from, LocalDate to) {
        flushDownloads();
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> rows(em.createNativeQuery("SELECT ORG_ID, SUM(N) FROM DOC_DOWNLOAD WHERE DOWNLOAD_DAY >= ? "
                + "AND DOWNLOAD_DAY < ? GROUP BY ORG_ID").setParameter(1, java.sql.Date.valueOf(from))
                .setParameter(2, java.sql.Date.valueOf(to)).getResultList()))
                .forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }
}
