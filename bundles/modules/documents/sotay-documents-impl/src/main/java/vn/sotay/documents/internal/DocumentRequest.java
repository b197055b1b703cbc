package vn.sotay.documents.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A document's content as an editor sends it ({@code POST /api/documents}, {@code PUT .../{id}}).
 *
 * @param number      citation, {@code 619-BC/ĐUK}: its type code gives the document type
 * @param issuerName  the issuing body in full ("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh")
 * @param ownerOrgId  the organisation whose editors post it and whose reviewers approve it: the
 *                    issuing committee, or the province for Central documents
 * @param central     a Central (TW) document re-posted by the province; {@code ownerOrgId} must be the root
 * @param audienceOrgId who may read it once published (a subtree inside the owner's); default the owner
 * @param legalStatus {@code IN_FORCE} (default), {@code AMENDED}, {@code REPLACED}, {@code EXPIRED}
 * @param relations   earlier documents this one replaces, amends, implements or guides
 */
record DocumentRequest(String number, String issuerName, Long ownerOrgId, Boolean central, LocalDate issuedOn,
        String signer, String title, String summary, Long audienceOrgId, String legalStatus,
        List<RelationRequest> relations) {

    /** A relation to an earlier document, by id or by number ({@code replaces 12-NQ/TU}). */
    record RelationRequest(String kind, Long documentId, String number) {
    }
}
