package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.news.internal.Workflow.Action;

class WorkflowTest {

    @Test
    void draftSubmitReturnEditResubmitApproveArchive() {
        Status s = Status.DRAFT;
        s = Workflow.next(s, Action.UPDATE);
        assertEquals(Status.DRAFT, s);
        s = Workflow.next(s, Action.SUBMIT);
        assertEquals(Status.SUBMITTED, s);
        s = Workflow.next(s, Action.RETURN);
        assertEquals(Status.RETURNED, s);
        s = Workflow.next(s, Action.UPDATE);
        assertEquals(Status.RETURNED, s);
        s = Workflow.next(s, Action.RESTORE);
        assertEquals(Status.RETURNED, s);
        s = Workflow.next(s, Action.SUBMIT);
        assertEquals(Status.SUBMITTED, s);
        s = Workflow.next(s, Action.APPROVE);
        assertEquals(Status.APPROVED, s);
        assertEquals(Status.ARCHIVED, Workflow.next(s, Action.ARCHIVE));
    }

    @Test
    void onlyDraftsAndReturnedArticlesAreEditable() {
        for (Status s : Status.values()) {
            boolean editable = s == Status.DRAFT || s == Status.RETURNED;
            assertEquals(editable, Workflow.editable(s), s.name());
            assertEquals(editable, Workflow.allowed(s, Action.UPDATE), s.name());
            assertEquals(editable, Workflow.allowed(s, Action.RESTORE), s.name());
            assertEquals(editable, Workflow.allowed(s, Action.SUBMIT), s.name());
        }
    }

    @Test
    void reviewersActOnlyOnSubmittedArticles() {
        for (Status s : Status.values()) {
            assertEquals(s == Status.SUBMITTED, Workflow.allowed(s, Action.APPROVE), s.name());
            assertEquals(s == Status.SUBMITTED, Workflow.allowed(s, Action.RETURN), s.name());
            assertEquals(s == Status.APPROVED, Workflow.allowed(s, Action.ARCHIVE), s.name());
        }
    }

    @Test
    void aForbiddenMoveIsAConflictInVietnamese() {
        ProblemException e = assertThrows(ProblemException.class, () -> Workflow.next(Status.APPROVED, Action.UPDATE));
        assertEquals(409, e.status());
        assertTrue(e.detail().contains("Đã duyệt"), e.detail());
        assertThrows(ProblemException.class, () -> Workflow.next(Status.DRAFT, Action.APPROVE));
        assertThrows(ProblemException.class, () -> Workflow.next(Status.ARCHIVED, Action.SUBMIT));
        assertFalse(Workflow.allowed(Status.DRAFT, Action.DRAFT));
    }

    @Test
    void auditNames() {
        assertEquals("news.approve", Action.APPROVE.audit());
        assertEquals("news.return", Action.RETURN.audit());
        assertEquals("news.restore", Action.RESTORE.audit());
    }
}
