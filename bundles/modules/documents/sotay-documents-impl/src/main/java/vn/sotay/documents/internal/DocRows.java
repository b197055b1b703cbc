package vn.sotay.documents.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.instant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import vn.sotay.api.files.FileKind;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.documents.internal.entity.AttachmentEntity;
import vn.sotay.documents.internal.entity.DocumentEntity;

/** DOC_* rows to the module's records: documents with their attachments and both ends of their relations. */
final class DocRows {
    private DocRows() {
    }

    /** Entities to documents with attachments and relations: three more queries, whatever the count. */
    static List<Doc> assemble(EntityManager em, List<DocumentEntity> rows) {
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

    static Doc.Link link(Object kind, Object[] other) {
        return new Doc.Link(RelationKind.valueOf((String) kind), ((Number) other[0]).longValue(), (String) other[1],
                (String) other[2], LegalStatus.valueOf((String) other[3]), "APPROVED".equals(other[4]),
                ((Number) other[5]).longValue(), ((Number) other[6]).longValue());
    }

    static List<Object[]> relations(EntityManager em, Collection<Long> ids, String column) {
        List<Object[]> out = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList()); // longs only: no injection
            out.addAll(rows(em.createNativeQuery("SELECT SOURCE_ID, TARGET_ID, KIND FROM DOC_RELATION WHERE "
                    + column + " IN (" + in + ")").getResultList()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> raw) {
        return (List<Object[]>) raw;
    }

    static Doc.Attachment attachment(AttachmentEntity a) {
        return new Doc.Attachment(a.getId(), a.getDocumentId(), a.getFileName(), FileKind.valueOf(a.getKind()),
                a.getByteSize(), a.getSha256(), a.getPages(), a.getTextChars(), instant(a.getCreatedAt()));
    }
}
