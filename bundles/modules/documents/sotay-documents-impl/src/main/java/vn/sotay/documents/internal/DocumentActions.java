package vn.sotay.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.org.OrgService;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.Views.DocumentDetail;
import vn.sotay.documents.internal.entity.DocumentEntity;

/**
 * What the documents resources share: finding a document for a caller (404 when unreadable, 403 when
 * readable without the role), validating a request, running a workflow step (save, audit)
 * and the classification guard with its audit.
 */
@Component(service = DocumentActions.class)
public class DocumentActions {
    final DocumentStore store;
    final FileInspector inspector;
    final OrgService orgs;
    final AuthorizationService auth;
    final AuditService audit;

    @Activate
    public DocumentActions(@Reference DocumentStore store,
            @Reference FileInspector inspector, @Reference OrgService orgs, @Reference AuthorizationService auth,
            @Reference AuditService audit) {
        this.store = store;
        this.inspector = inspector;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
    }

    /** The document if the caller may read it now, else 404 (drafts and other districts' documents stay invisible). */
    Doc visible(Caller c, long id) {
        Doc d = store.library().byId().get(id);
        if (d == null) {
            d = store.find(id).orElseThrow(DocumentActions::notFound);
        }
        if (!Access.readable(auth, c, d)) {
            throw notFound();
        }
        return d;
    }

    /**
     * The document the caller acts on with {@code role} over its owner: 404 if the caller may not read
     * it (the same answer as for no document: no existence oracle), 403 if only readable.
     */
    Doc target(Caller c, long id, Role... roles) {
        Doc d = store.find(id).orElseThrow(DocumentActions::notFound);
        if (!auth.holds(c, d.ownerOrgId(), roles)) {
            if (Access.readable(auth, c, d)) {
                throw ProblemException.forbidden("Tài liệu nằm ngoài phạm vi bạn được "
                        + (roles.length == 1 && roles[0] == Role.REVIEWER ? "duyệt." : "biên tập."));
            }
            throw notFound();
        }
        return d;
    }

    /** A workflow step: saved (the store publishes the change: index and library follow), audited; answered as its managers see it. */
    DocumentDetail step(Caller c, long id, vn.sotay.api.review.ReviewAction action, String note,
            BiConsumer<EntityManager, DocumentEntity> change) {
        Doc d = store.save(id, action, c, Instant.now(), note, change);
        audit.record(c, action.audit(DocumentsModule.ID), "document", String.valueOf(id), note == null ? d.number() : note);
        return managed(c, d);
    }

    /** The document as its managers see it: review state and history. */
    DocumentDetail managed(Caller c, Doc d) {
        return Views.detail(d, orgs.tree(), false, store.downloads(d), true, store.history(d.id()),
                l -> Access.readable(auth, c, l));
    }

    /** A request validated; relations may name only published documents the caller reads. */
    Valid valid(Caller c, DocumentRequest r, Long self) {
        Library lib = store.library();
        return DocumentValidation.check(r, orgs.tree(), store::idsByNumber, id -> {
            Doc d = lib.byId().get(id);
            return d != null && auth.canRead(c, d.audienceOrgId());
        }, self, LocalDate.now(Access.ZONE));
    }

    /**
     * Runs a check of the classification guard (a state-secret mark in a title or in a file's
     * heading: docs/security.md); a refusal is audited, then answered (400, type classified).
     */
    <T> T unclassified(Caller c, Long id, Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (FileInspector.CLASSIFIED.equals(e.type())) {
                audit.record(c, DocumentsModule.ID + ".classified-refused", "document", id == null ? null : String.valueOf(id),
                        e.detail());
            }
            throw e;
        }
    }

    /** The title of {@code v} carries no classification mark (audited refusal otherwise). */
    void unclassifiedTitle(Caller c, Long id, String title) {
        unclassified(c, id, () -> {
            inspector.requireUnclassifiedTitle("title", title);
            return null;
        });
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy tài liệu.");
    }
}
