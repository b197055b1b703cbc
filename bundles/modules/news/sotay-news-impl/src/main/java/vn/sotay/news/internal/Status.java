package vn.sotay.news.internal;

/** Where an article is in the editorial workflow; see {@link Workflow} for the allowed moves. */
enum Status {
    /** Being written; only its editors see it. */
    DRAFT,
    /** Waiting for a reviewer of a board at or above the audience node. */
    SUBMITTED,
    /** Sent back with a comment; editable again. */
    RETURNED,
    /** Approved: published once {@code publishAt} has passed, until {@code expiresAt}. */
    APPROVED,
    /** Taken down; kept for the record. */
    ARCHIVED
}
