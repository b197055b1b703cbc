package vn.sotay.api.review;

/** Where a piece of content is in the review workflow; {@link ReviewAction} gives the moves. */
public enum ReviewStatus {
    /** Being written; only its editors (and reviewers over it) see it. */
    DRAFT("Bản nháp"),
    /** Waiting for a reviewer at or above the content's organisation. */
    SUBMITTED("Chờ duyệt"),
    /** Sent back with a comment; editable again. */
    RETURNED("Trả lại"),
    /** Approved: published from its publication time (module-defined) on. */
    APPROVED("Đã duyệt"),
    /** Taken down; kept for the record. */
    ARCHIVED("Lưu trữ");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /** True while editors may change the content ({@link #DRAFT}, {@link #RETURNED}). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
