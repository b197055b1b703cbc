package vn.sotay.documents.internal;

/**
 * Whether a document still applies. Approving a document that {@link RelationKind#REPLACES replaces}
 * or {@link RelationKind#AMENDS amends} another moves that one to {@link #REPLACED} or
 * {@link #AMENDED}; reviewers set {@link #EXPIRED} by hand.
 */
enum LegalStatus {
    IN_FORCE("Còn hiệu lực"), AMENDED("Đã được sửa đổi, bổ sung"), REPLACED("Đã được thay thế"),
    EXPIRED("Hết hiệu lực");

    final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    static LegalStatus parse(String text) {
        return Texts.named(LegalStatus.class, text);
    }
}
