package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;

import javax.persistence.EntityManager;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.entity.DocumentEntity;
import vn.sotay.documents.internal.entity.EventEntity;
import vn.sotay.documents.internal.entity.StatusRequestEntity;

/** The pieces of DOC_* writes run inside a transaction: content, relations, history events, approval effects. */
final class DocWrites {
    private DocWrites() {
    }

    /**
     * The change of an approval (pass it to {@link DocumentStore#save} with {@link ReviewAction#APPROVE}): the
     * relations' effects on the legal status of the documents this one replaces or amends. An effect
     * on a document whose issuing organisation the approver reviews ({@code reviews}) is applied; on
     * any other it is recorded as a request for that document's own reviewers (DOC_STATUS_REQUEST),
     * never applied. An expired document keeps its status.
     */
    static BiConsumer<EntityManager, DocumentEntity> approval(Caller c, Instant now, LongPredicate reviews) {
        return (em, e) -> {
            for (Object[] r : DocRows.relations(em, List.of(e.getId()), "SOURCE_ID")) {
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

    static DocumentEntity entity(EntityManager em, long id) {
        DocumentEntity e = em.find(DocumentEntity.class, id);
        if (e == null) {
            throw ProblemException.notFound("Không tìm thấy tài liệu.");
        }
        return e;
    }

    static void content(EntityManager em, DocumentEntity e, Valid v, Instant now) {
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

    static void relate(EntityManager em, long id, Valid v) {
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
}
