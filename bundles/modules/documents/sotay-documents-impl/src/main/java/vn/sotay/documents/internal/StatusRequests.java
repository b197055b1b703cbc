package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.documents.internal.entity.DocumentEntity;
import vn.sotay.documents.internal.entity.StatusRequestEntity;

/** Legal-status changes waiting for a document's own reviewers (DOC_STATUS_REQUEST), see {@link DocumentStore#approval}. */
@Component(service = StatusRequests.class)
public class StatusRequests {
    /** Most pending requests read at once. */
    static final int MAX_PENDING = 500;

    /** One request: {@code targetId} would become {@code status} because {@code sourceId} was approved. */
    record Request(long id, long targetId, long sourceId, LegalStatus status, String requestedByName,
            Instant requestedAt, String outcome) {
    }

    private final DocumentStore store;

    @Activate
    public StatusRequests(@Reference DocumentStore store) {
        this.store = store;
    }

    /** Unresolved requests, oldest first. */
    List<Request> pending() {
        return store.unit().read(em -> em.createQuery("SELECT q FROM StatusRequestEntity q WHERE q.outcome IS NULL "
                + "ORDER BY q.id", StatusRequestEntity.class).setMaxResults(MAX_PENDING).getResultList().stream()
                .map(StatusRequests::request).toList());
    }

    Optional<Request> find(long id) {
        return store.unit().read(em -> Optional.ofNullable(em.find(StatusRequestEntity.class, id)).map(StatusRequests::request));
    }

    /**
     * Accepts (applies the status, unless the document has expired meanwhile) or rejects a request,
     * once: 409 when it was resolved already. Recorded in the target document's history.
     */
    Request resolve(long id, boolean accept, Caller c, Instant now) {
        Request r = store.unit().write(em -> {
            StatusRequestEntity q = em.find(StatusRequestEntity.class, id);
            if (q == null) {
                throw ProblemException.notFound("Không tìm thấy đề nghị.");
            }
            if (q.outcome != null) {
                throw ProblemException.conflict("Đề nghị này đã được xử lý.");
            }
            q.outcome = accept ? "ACCEPTED" : "REJECTED";
            q.resolvedBy = c.accountId();
            q.resolvedAt = utc(now);
            DocumentEntity target = em.find(DocumentEntity.class, q.targetId);
            DocumentEntity source = em.find(DocumentEntity.class, q.sourceId);
            String note = q.legalStatus + " " + (source == null ? "" : source.getNumberText());
            if (accept && target != null && LegalStatus.valueOf(target.getLegalStatus()) != LegalStatus.EXPIRED) {
                target.setLegalStatus(q.legalStatus);
                target.setUpdatedAt(utc(now));
                DocWrites.event(em, q.targetId, "STATUS", c, now, note);
            } else if (!accept) {
                DocWrites.event(em, q.targetId, "STATUS_REJECTED", c, now, note);
            }
            return request(q);
        });
        store.changed(r.targetId());
        return r;
    }

    private static Request request(StatusRequestEntity q) {
        return new Request(q.id, q.targetId, q.sourceId, LegalStatus.valueOf(q.legalStatus), q.requestedByName,
                instant(q.requestedAt), q.outcome);
    }
}
