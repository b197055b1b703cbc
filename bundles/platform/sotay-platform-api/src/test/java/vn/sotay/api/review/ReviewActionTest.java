package vn.sotay.api.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.api.review.ReviewAction.APPROVE;
import static vn.sotay.api.review.ReviewAction.ARCHIVE;
import static vn.sotay.api.review.ReviewAction.RESTORE;
import static vn.sotay.api.review.ReviewAction.RETURN;
import static vn.sotay.api.review.ReviewAction.SUBMIT;
import static vn.sotay.api.review.ReviewAction.UPDATE;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;

class ReviewActionTest {

    @Test
    void draftSubmitReturnEditResubmitApproveArchive() {
        ReviewStatus s = ReviewStatus.DRAFT;
        s = UPDATE.apply(s, "bài viết");
        assertEquals(ReviewStatus.DRAFT, s);
        s = SUBMIT.apply(s, "bài viết");
        assertEquals(ReviewStatus.SUBMITTED, s);
        s = RETURN.apply(s, "bài viết");
        assertEquals(ReviewStatus.RETURNED, s);
        s = UPDATE.apply(s, "bài viết");
        s = RESTORE.apply(s, "bài viết");
        assertEquals(ReviewStatus.RETURNED, s);
        s = SUBMIT.apply(s, "bài viết");
        s = APPROVE.apply(s, "bài viết");
        assertEquals(ReviewStatus.APPROVED, s);
        assertEquals(ReviewStatus.ARCHIVED, ARCHIVE.apply(s, "bài viết"));
    }

    @Test
    void onlyDraftsAndReturnedContentIsEditable() {
        for (ReviewStatus s : ReviewStatus.values()) {
            boolean editable = s == ReviewStatus.DRAFT || s == ReviewStatus.RETURNED;
            assertEquals(editable, s.editable(), s.name());
            assertEquals(editable, UPDATE.allowed(s), s.name());
            assertEquals(editable, RESTORE.allowed(s), s.name());
            assertEquals(editable, SUBMIT.allowed(s), s.name());
        }
    }

    @Test
    void reviewersActOnlyOnSubmittedOrApprovedContent() {
        for (ReviewStatus s : ReviewStatus.values()) {
            assertEquals(s == ReviewStatus.SUBMITTED, APPROVE.allowed(s), s.name());
            assertEquals(s == ReviewStatus.SUBMITTED, RETURN.allowed(s), s.name());
            assertEquals(s == ReviewStatus.APPROVED, ARCHIVE.allowed(s), s.name());
            assertFalse(ReviewAction.DRAFT.allowed(s), s.name());
        }
        for (ReviewAction a : ReviewAction.values()) {
            Role expected = a == APPROVE || a == RETURN || a == ARCHIVE ? Role.REVIEWER : Role.EDITOR;
            assertEquals(expected, a.role(), a.name());
        }
    }

    @Test
    void aForbiddenMoveIsAConflictInVietnameseNamingTheContent() {
        ProblemException e = assertThrows(ProblemException.class, () -> UPDATE.apply(ReviewStatus.APPROVED, "tài liệu"));
        assertEquals(409, e.status());
        assertEquals("Không thể sửa tài liệu đang ở trạng thái «Đã duyệt».", e.detail());
        assertThrows(ProblemException.class, () -> APPROVE.apply(ReviewStatus.DRAFT, "bài viết"));
        assertThrows(ProblemException.class, () -> SUBMIT.apply(ReviewStatus.ARCHIVED, "bài viết"));
    }

    @Test
    void auditNamesCarryTheModule() {
        assertEquals("news.approve", APPROVE.audit("news"));
        assertEquals("documents.return", RETURN.audit("documents"));
        assertTrue(RESTORE.audit("news").endsWith(".restore"));
    }
}
