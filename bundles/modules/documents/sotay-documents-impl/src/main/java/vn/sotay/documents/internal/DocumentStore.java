package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.entity.AttachmentEntity;
import vn.sotay.documents.internal.entity.DocumentEntity;
import vn.sotay.documents.internal.entity.EventEntity;
import vn.sotay.documents.internal.entity.StatusRequestEntity;
import vn.sotay.spi.change.ChangeListener;

/**
 * The module's only access to its tables (DOC_*). Every write runs the workflow check inside its
 * transaction and records a history event; after the commit it publishes a {@link ChangeEvent}
 * ({@code documents}/{@code document}) and waits for this JVM's listeners: the search index (through
 * {@link DocumentIndexer}) and the in-memory {@link DocumentLibrary} of published documents, which
 * this store evicts as the channel's listener. Downloads are counted by {@link DownloadCounter}.
 */
@Component(service = {DocumentStore.class, ChangeListener.class}, property = ChangeListener.MODULE + "=" + DocumentsModule.ID)
public class DocumentStore implements ChangeListener {
    static final String NOUN = "tài liệu";

    private final PersistenceUnit unit;
    private final ChangeBus changes;
    private final DocumentLibrary library;
    private final DownloadCounter downloads;
    private final Bookmarks bookmarks;

    @Activate
    public DocumentStore(@Reference PersistenceService persistence, @Reference ChangeBus changes,
            @Reference Scheduler scheduler) {
        this(persistence.open(spec()), changes);
        downloads.start(scheduler);
    }

    /** Without the download job (tests flush by hand); {@code changes} must deliver to this store too. */
    DocumentStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
        this.library = new DocumentLibrary(unit);
        this.downloads = new DownloadCounter(unit, changes);
        this.bookmarks = new Bookmarks(unit);
    }

    static UnitSpec spec() {
        return new UnitSpec("documents", DocumentStore.class.getClassLoader(),
                List.of(DocumentEntity.class, AttachmentEntity.class, EventEntity.class, StatusRequestEntity.class),
                List.of("db/documents/V1__init.sql", "db/documents/V2__status_requests.sql"));
    }

    @Deactivate
    void close() {
        downloads.stop();
        unit.close();
    }

    /** A change of the module (here or, later, on another node): the library is read again. */
    @Override
    public void changed(ChangeEvent event) {
        library.evict();
    }

    // ---------------------------------------------------------------------------------------------
    // writes

    /** A new draft written by {@code c}; {@code v} is validated. */
    Doc insert(Valid v, Caller c, Instant now) {
        return write(ChangeEvent.Kind.CREATED, em -> {
            DocumentEntity e = new DocumentEntity();
            e.setReviewStatus(ReviewStatus.DRAFT.name());
            e.setAuthorAccountId(c.accountId());
            e.setAuthorName(c.name());
            e.setCreatedAt(utc(now));
            DocWrites.content(em, e, v, now);
            em.persist(e);
            em.flush();
            DocWrites.relate(em, e.getId(), v);
            DocWrites.event(em, e.getId(), ReviewAction.DRAFT.name(), c, now, null);
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
        Doc d = write(em -> {
            DocumentEntity e = DocWrites.entity(em, id);
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
            DocWrites.event(em, id, action.name(), c, now, note);
            return id;
        });
        if (action == ReviewAction.APPROVE) { // the documents it replaces or amends changed status
            d.relations().forEach(l -> changed(l.documentId()));
        }
        return d;
    }


    /** The change of an approval: see {@link DocWrites#approval}. */
    static BiConsumer<EntityManager, DocumentEntity> approval(Caller c, Instant now, LongPredicate reviews) {
        return DocWrites.approval(c, now, reviews);
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

    /** After another store's committed write of document {@code id}: published like the store's own. */
    void changed(long id) {
        find(id).ifPresent(d -> publish(ChangeEvent.Kind.UPDATED, d));
    }

    private void publish(ChangeEvent.Kind kind, Doc d) {
        changes.publishAndWait(new ChangeEvent(DocumentsModule.ID, DocumentsModule.CONTENT_TYPE, String.valueOf(d.id()), kind,
                d.audienceOrgId(), Instant.now()), ChangeBus.WAIT);
    }

    /** The content of an editable document, replacing its relations. */
    static BiConsumer<EntityManager, DocumentEntity> update(Valid v, Instant now) {
        return (em, e) -> {
            DocWrites.content(em, e, v, now);
            em.createNativeQuery("DELETE FROM DOC_RELATION WHERE SOURCE_ID = ?").setParameter(1, e.getId()).executeUpdate();
            DocWrites.relate(em, e.getId(), v);
        };
    }

    /** Sets the legal status of a published document by hand (a reviewer marks it expired). */
    Doc legalStatus(long id, LegalStatus status, Caller c, Instant now) {
        return write(em -> {
            DocumentEntity e = DocWrites.entity(em, id);
            e.setLegalStatus(status.name());
            e.setUpdatedAt(utc(now));
            DocWrites.event(em, id, "STATUS", c, now, status.name());
            return id;
        });
    }

    /** Attaches an inspected file to an editable document (409 otherwise). */
    Doc.Attachment attach(long id, String fileName, InspectedFile f, Caller c, Instant now) {
        long[] created = new long[1];
        write(em -> {
            DocumentEntity e = DocWrites.entity(em, id);
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
            DocWrites.event(em, id, "ATTACH", c, now, fileName);
            return id;
        });
        return attachment(id, created[0]).orElseThrow();
    }

    /** Removes an attachment from an editable document; the file stays (other rows may share it). */
    void detach(long id, long attachmentId, Caller c, Instant now) {
        write(em -> {
            DocumentEntity e = DocWrites.entity(em, id);
            ReviewAction.UPDATE.apply(ReviewStatus.valueOf(e.getReviewStatus()), NOUN);
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.getDocumentId() != id) {
                throw ProblemException.notFound("Không tìm thấy tệp đính kèm.");
            }
            em.remove(a);
            DocWrites.event(em, id, "DETACH", c, now, a.getFileName());
            return id;
        });
    }

    private Doc write(java.util.function.Function<EntityManager, Long> work) {
        return write(ChangeEvent.Kind.UPDATED, work);
    }

    /** Commits, then publishes the change (and, for an approval, the change of each related document). */
    private Doc write(ChangeEvent.Kind kind, java.util.function.Function<EntityManager, Long> work) {
        long id = unit.write(work);
        Doc d = find(id).orElseThrow();
        publish(kind, d);
        return d;
    }





    // ---------------------------------------------------------------------------------------------
    // reads

    /** Any document, in every status, with its attachments and relations. */
    Optional<Doc> find(long id) {
        return unit.read(em -> {
            DocumentEntity e = em.find(DocumentEntity.class, id);
            return e == null ? Optional.<Doc>empty() : Optional.of(DocRows.assemble(em, List.of(e)).get(0));
        });
    }

    /** Documents by id in any status, as the far end of a reference sees them (number, title, organisations): one query per 1,000. */
    Map<Long, Doc.Link> heads(Collection<Long> ids) {
        Map<Long, Doc.Link> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            unit.read(em -> em.createQuery("SELECT d.id, d.numberText, d.title, d.legalStatus, d.reviewStatus, "
                    + "d.ownerOrgId, d.audienceOrgId FROM DocumentEntity d WHERE d.id IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(o -> out.put(((Number) o[0]).longValue(), DocRows.link(RelationKind.REPLACES.name(), o)));
        }
        return out;
    }

    /** Ids of the documents whose number has this {@link DocumentNumber#key()}. */
    List<Long> idsByNumber(String key) {
        return unit.read(em -> em.createQuery("SELECT d.id FROM DocumentEntity d WHERE d.numberKey = :k ORDER BY d.id",
                Long.class).setParameter("k", key).getResultList());
    }


    /** Documents in these review statuses, newest change first, without attachments (editors' desk, review queue). */
    List<Doc> queue(Set<ReviewStatus> statuses) {
        return unit.read(em -> DocRows.assemble(em, em.createQuery("SELECT d FROM DocumentEntity d WHERE d.reviewStatus IN :s "
                + "ORDER BY d.updatedAt DESC, d.id DESC", DocumentEntity.class)
                .setParameter("s", statuses.stream().map(ReviewStatus::name).toList()).getResultList()));
    }

    /** Published documents with an id above {@code after}, by id (the search feed). */
    List<Doc> publishedAfter(long after, int max) {
        return unit.read(em -> DocRows.assemble(em, em.createQuery("SELECT d FROM DocumentEntity d WHERE "
                + "d.reviewStatus = 'APPROVED' AND d.id > :a ORDER BY d.id", DocumentEntity.class)
                .setParameter("a", after).setMaxResults(max).getResultList()));
    }

    Optional<Doc.Attachment> attachment(long id, long attachmentId) {
        return unit.read(em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId))
                .filter(a -> a.getDocumentId() == id).map(DocRows::attachment));
    }

    List<Doc.Event> history(long id) {
        return unit.read(em -> em.createQuery("SELECT e FROM EventEntity e WHERE e.documentId = :d ORDER BY e.id",
                EventEntity.class).setParameter("d", id).getResultList().stream()
                .map(e -> new Doc.Event(e.getAction(), e.getActorAccountId(), e.getActorName(), instant(e.getAt()),
                        e.getNote()))
                .toList());
    }

    // ---------------------------------------------------------------------------------------------
    // bookmarks, the library, downloads and statistics

    /** The account's bookmarked document ids, newest first (see {@link Bookmarks}). */
    List<Long> bookmarks(long accountId) {
        return bookmarks.of(accountId);
    }

    boolean bookmark(long accountId, long documentId, Instant now) {
        return bookmarks.add(accountId, documentId, now);
    }

    boolean unbookmark(long accountId, long documentId) {
        return bookmarks.remove(accountId, documentId);
    }

    /** The published documents, from memory (see {@link DocumentLibrary}). */
    Library library() {
        return library.get();
    }

    /** Counts one download (see {@link DownloadCounter}). */
    void countDownload(long documentId, long orgId, LocalDate day) {
        downloads.count(documentId, orgId, day);
    }

    /** Downloads of a document including those not yet written. */
    long downloads(Doc d) {
        return d.downloads() + downloads.pending(d.id());
    }

    void flushDownloads() {
        downloads.flush();
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
        unit.read(em -> DocRows.rows(em.createNativeQuery("SELECT ORG_ID, SUM(N) FROM DOC_DOWNLOAD WHERE DOWNLOAD_DAY >= ? "
                + "AND DOWNLOAD_DAY < ? GROUP BY ORG_ID").setParameter(1, java.sql.Date.valueOf(from))
                .setParameter(2, java.sql.Date.valueOf(to)).getResultList()))
                .forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }
}
