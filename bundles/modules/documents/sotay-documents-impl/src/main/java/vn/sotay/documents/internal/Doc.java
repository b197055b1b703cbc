package vn.sotay.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.sotay.api.files.FileKind;
import vn.sotay.api.review.ReviewStatus;

/**
 * A document as the module works with it (entities never leave the store), with its attachments
 * and its relations both ways.
 */
record Doc(long id, String number, String numberKey, DocType type, String issuerCode, String issuerKey,
        String issuerName, long ownerOrgId, DocLevel level, LocalDate issuedOn, String signer, String title,
        String summary, long audienceOrgId, LegalStatus legalStatus, ReviewStatus reviewStatus, String lastComment,
        long authorAccountId, String authorName, Instant publishedAt, Instant createdAt, Instant updatedAt,
        long downloads, List<Attachment> attachments, List<Link> relations, List<Link> relatedBy) {

    /** Approved and not archived: members may read it. */
    boolean published() {
        return reviewStatus == ReviewStatus.APPROVED;
    }

    /** An attached file; {@code sha256} names its bytes and its extracted text in the file store. */
    record Attachment(long id, long documentId, String fileName, FileKind kind, long size, String sha256, int pages,
            int textChars, Instant createdAt) {
    }

    /**
     * One end of a relation seen from this document: {@code kind} as this document reads it; the
     * other document's organisations decide who may see the link (its title is the other's).
     */
    record Link(RelationKind kind, long documentId, String number, String title, LegalStatus legalStatus,
            boolean published, long ownerOrgId, long audienceOrgId) {
    }

    /** One step of the history. */
    record Event(String action, long actorAccountId, String actorName, Instant at, String note) {
    }
}
