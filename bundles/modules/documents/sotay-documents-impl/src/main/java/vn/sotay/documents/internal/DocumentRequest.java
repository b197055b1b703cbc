package vn.sotay.documents.internal;

import java.time.LocalDate;
import java.util.List;
import vn.sotay.api.rest.Description;

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
record DocumentRequest(@Description("Số ký hiệu, ví dụ 619-BC/ĐUK; mã loại trong số quyết định loại văn bản") String number,
        @Description("Tên đầy đủ của cơ quan ban hành") String issuerName,
        @Description("Tổ chức sở hữu: biên tập viên của nó đăng, người duyệt của nó duyệt") Long ownerOrgId,
        @Description("Văn bản Trung ương do tỉnh đăng lại; khi đó ownerOrgId là gốc của cây") Boolean central,
        @Description("Ngày ban hành") LocalDate issuedOn, @Description("Người ký") String signer,
        @Description("Trích yếu") String title, @Description("Tóm tắt") String summary,
        @Description("Ai được đọc khi đã ban hành (cây con trong phạm vi của tổ chức sở hữu); mặc định là tổ chức sở hữu")
        Long audienceOrgId,
        @Description("Tình trạng hiệu lực: IN_FORCE (mặc định), AMENDED, REPLACED, EXPIRED") String legalStatus,
        @Description("Các văn bản trước mà văn bản này thay thế, sửa đổi, thực hiện hoặc hướng dẫn")
        List<RelationRequest> relations) {

    /** A relation to an earlier document, by id or by number ({@code replaces 12-NQ/TU}). */
    record RelationRequest(@Description("REPLACES, AMENDS, IMPLEMENTS hoặc GUIDES") String kind,
            @Description("Id của văn bản trước, hoặc") Long documentId,
            @Description("số ký hiệu của văn bản trước") String number) {
    }
}
