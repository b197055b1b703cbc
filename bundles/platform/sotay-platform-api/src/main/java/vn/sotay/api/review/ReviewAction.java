package vn.sotay.api.review;

import java.util.Locale;
import java.util.Set;

import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;

/**
 * A saved change in the review workflow, also the kind of a version row a module keeps.
 *
 * <pre>
 *   DRAFT ──SUBMIT──► SUBMITTED ──APPROVE──► APPROVED ──ARCHIVE──► ARCHIVED
 *     ▲ UPDATE          │ RETURN (comment)
 *     │ RESTORE         ▼
 *     └──────────── RETURNED ──SUBMIT──► SUBMITTED
 * </pre>
 *
 * Editors ({@link Role#EDITOR}) create, edit, restore and submit; reviewers ({@link Role#REVIEWER})
 * return, approve and archive. Both must hold the role at or above the content's organisation
 * (a news article's audience, a document's issuing organisation); modules check it.
 */
public enum ReviewAction {
    /** Creates the content as version 1 in {@link ReviewStatus#DRAFT}. */
    DRAFT(Role.EDITOR, "tạo"),
    UPDATE(Role.EDITOR, "sửa", ReviewStatus.DRAFT, ReviewStatus.RETURNED),
    /** Copies an earlier version's content into a new version. */
    RESTORE(Role.EDITOR, "khôi phục phiên bản cho", ReviewStatus.DRAFT, ReviewStatus.RETURNED),
    SUBMIT(Role.EDITOR, "gửi duyệt", ReviewStatus.DRAFT, ReviewStatus.RETURNED),
    /** Sends the content back to its editors; takes a comment. */
    RETURN(Role.REVIEWER, "trả lại", ReviewStatus.SUBMITTED),
    APPROVE(Role.REVIEWER, "duyệt", ReviewStatus.SUBMITTED),
    ARCHIVE(Role.REVIEWER, "lưu trữ", ReviewStatus.APPROVED);

    private final Role role;
    private final String verb;
    private final Set<ReviewStatus> from;

    ReviewAction(Role role, String verb, ReviewStatus... from) {
        this.role = role;
        this.verb = verb;
        this.from = Set.of(from);
    }

    /** The role the actor must hold over the content's organisation. */
    public Role role() {
        return role;
    }

    /** True when this action may be taken on content in {@code status}. */
    public boolean allowed(ReviewStatus status) {
        return from.contains(status);
    }

    /**
     * The status after this action, or a 409 problem in Vietnamese naming the current status.
     *
     * @param noun what the content is called in the message, {@code "bài viết"}, {@code "tài liệu"}
     */
    public ReviewStatus apply(ReviewStatus status, String noun) {
        if (!allowed(status)) {
            throw ProblemException.conflict("Không thể " + verb + " " + noun + " đang ở trạng thái «"
                    + status.label() + "».");
        }
        return switch (this) {
            case DRAFT, UPDATE, RESTORE -> status;
            case SUBMIT -> ReviewStatus.SUBMITTED;
            case RETURN -> ReviewStatus.RETURNED;
            case APPROVE -> ReviewStatus.APPROVED;
            case ARCHIVE -> ReviewStatus.ARCHIVED;
        };
    }

    /** The audit action name, {@code <module>.<action>}: {@code news.submit}, {@code documents.approve}. */
    public String audit(String module) {
        return module + "." + name().toLowerCase(Locale.ROOT);
    }
}
