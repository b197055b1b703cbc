package vn.sotay.documents.internal;

/** How a document refers to an earlier one; each kind reads both ways ({@link #label}, {@link #inverse}). */
enum RelationKind {
    REPLACES("Thay thế", "Được thay thế bởi", LegalStatus.REPLACED),
    AMENDS("Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi", LegalStatus.AMENDED),
    IMPLEMENTS("Triển khai thực hiện", "Được triển khai bởi", null),
    GUIDES("Hướng dẫn thực hiện", "Được hướng dẫn bởi", null);

    final String label;
    final String inverse;
    /** The status the target takes once the source is approved, or {@code null}. */
    final LegalStatus effect;

    RelationKind(String label, String inverse, LegalStatus effect) {
        this.label = label;
        this.inverse = inverse;
        this.effect = effect;
    }

    static RelationKind parse(String text) {
        return Texts.named(RelationKind.class, text);
    }
}
