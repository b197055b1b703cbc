package vn.sotay.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.DUK;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TREE;
import static vn.sotay.testing.Trees.TU;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.testing.DerbyUnit;

/** The store's JPQL, native SQL and V1 script against EclipseLink 2.7 on Derby 10.14, as in the distribution. */
class DocumentStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static final Caller EDITOR = new Caller(5, null, "Biên tập viên", null, List.of());
    private static DocumentStore store;

    @BeforeAll
    static void open() {
        store = TestDocs.store("documents", null, null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static DocumentValidation.Valid valid(String number, long owner, long audience, Map<Long, RelationKind> relations) {
        DocumentRequest r = new DocumentRequest(number, "Tỉnh ủy Bình Sơn", owner, false, LocalDate.of(2025, 2, 20),
                "Nguyễn Văn A", "Về công tác xây dựng Đảng " + number, "Tóm tắt", audience, null,
                relations.entrySet().stream().map(e -> new DocumentRequest.RelationRequest(e.getValue().name(), e.getKey(), null)).toList());
        return DocumentValidation.check(r, TREE, store::idsByNumber, id -> store.library().byId().containsKey(id), null,
                LocalDate.of(2026, 1, 1));
    }

    static Doc published(String number, long owner, long audience, Map<Long, RelationKind> relations) {
        Doc d = store.insert(valid(number, owner, audience, relations), EDITOR, T0);
        store.save(d.id(), ReviewAction.SUBMIT, EDITOR, T0, null, (em, e) -> { });
        return store.save(d.id(), ReviewAction.APPROVE, EDITOR, T0, null, DocumentStore.approval(EDITOR, T0, o -> true));
    }

    @Test
    void approvingAReplacementMarksTheOldDocumentReplacedAndLinksBothWays() {
        Doc old = published("01-NQ/TU", TU, TU, Map.of());
        Doc amended = published("02-CT/TU", TU, TU, Map.of());
        Doc draft = store.insert(valid("05-NQ/TU", TU, TU, Map.of(old.id(), RelationKind.REPLACES,
                amended.id(), RelationKind.AMENDS)), EDITOR, T0);
        assertEquals(LegalStatus.IN_FORCE, store.find(old.id()).orElseThrow().legalStatus(), "not before approval");
        assertFalse(store.library().byId().containsKey(draft.id()), "drafts are not in the library");
        store.save(draft.id(), ReviewAction.SUBMIT, EDITOR, T0, null, (em, e) -> { });
        Doc approved = store.save(draft.id(), ReviewAction.APPROVE, EDITOR, T0, null,
                DocumentStore.approval(EDITOR, T0, owner -> true));
        assertEquals(2, approved.relations().size());
        Doc replaced = store.library().byId().get(old.id());
        assertEquals(LegalStatus.REPLACED, replaced.legalStatus());
        assertEquals(LegalStatus.AMENDED, store.library().byId().get(amended.id()).legalStatus());
        assertEquals(List.of(new Doc.Link(RelationKind.REPLACES, draft.id(), "05-NQ/TU",
                "Về công tác xây dựng Đảng 05-NQ/TU", LegalStatus.IN_FORCE, true, TU, TU)), replaced.relatedBy());
        assertEquals(List.of(old.id()), store.idsByNumber("01nqtu"));
    }

    @Test
    void anEffectOutsideTheApproversAuthorityWaitsForTheOwnReviewers() {
        Doc province = published("21-NQ/TU", TU, TU, Map.of());
        Doc draft = store.insert(valid("22-NQ/TP", TP, TP, Map.of(province.id(), RelationKind.REPLACES)), EDITOR, T0);
        store.save(draft.id(), ReviewAction.SUBMIT, EDITOR, T0, null, (em, e) -> { });
        store.save(draft.id(), ReviewAction.APPROVE, EDITOR, T0, null, DocumentStore.approval(EDITOR, T0, o -> o == TP));
        assertEquals(LegalStatus.IN_FORCE, store.library().byId().get(province.id()).legalStatus(), "not applied");
        StatusRequests requests = new StatusRequests(store);
        StatusRequests.Request r = requests.pending().stream().filter(q -> q.targetId() == province.id()).findFirst()
                .orElseThrow();
        assertEquals(LegalStatus.REPLACED, r.status());
        assertEquals(draft.id(), r.sourceId());
        assertTrue(store.history(province.id()).stream().anyMatch(e -> e.action().equals("STATUS_REQUEST")));
        requests.resolve(r.id(), true, EDITOR, T0);
        assertEquals(LegalStatus.REPLACED, store.library().byId().get(province.id()).legalStatus(), "accepted");
        assertEquals(409, assertThrows(ProblemException.class, () -> requests.resolve(r.id(), false, EDITOR, T0)).status(),
                "resolved once");
        assertTrue(requests.pending().stream().noneMatch(q -> q.id() == r.id()));
    }

    @Test
    void theWorkflowIsCheckedInsideTheTransaction() {
        Doc d = store.insert(valid("07-KH/TU", TU, TU, Map.of()), EDITOR, T0);
        ProblemException e = assertThrows(ProblemException.class,
                () -> store.save(d.id(), ReviewAction.APPROVE, EDITOR, T0, null, (em, x) -> { }));
        assertEquals(409, e.status());
        Doc returned = store.save(store.save(d.id(), ReviewAction.SUBMIT, EDITOR, T0, null, (em, x) -> { }).id(),
                ReviewAction.RETURN, EDITOR, T0, "Sửa trích yếu", (em, x) -> { });
        assertEquals(ReviewStatus.RETURNED, returned.reviewStatus());
        assertEquals("Sửa trích yếu", returned.lastComment());
        assertEquals(List.of("DRAFT", "SUBMIT", "RETURN"), store.history(d.id()).stream().map(Doc.Event::action).toList());
    }

    @Test
    void attachmentsOnlyWhileEditable() {
        Doc d = store.insert(valid("09-HD/TP", TP, TP, Map.of()), EDITOR, T0);
        InspectedFile f = new InspectedFile(FileKind.PDF, 1234, "a".repeat(64), "nội dung", 2);
        Doc.Attachment a = store.attach(d.id(), "Hướng dẫn 09.pdf", f, EDITOR, T0);
        assertEquals("Hướng dẫn 09.pdf", a.fileName());
        assertEquals(2, a.pages());
        store.save(d.id(), ReviewAction.SUBMIT, EDITOR, T0, null, (em, e) -> { });
        assertEquals(409, assertThrows(ProblemException.class, () -> store.attach(d.id(), "x.pdf", f, EDITOR, T0)).status());
        assertEquals(1, store.find(d.id()).orElseThrow().attachments().size());
    }

    @Test
    void bookmarksNewestFirst() {
        Doc a = published("11-TB/TU", TU, TU, Map.of());
        Doc b = published("12-TB/TU", TU, TU, Map.of());
        assertTrue(store.bookmark(77, a.id(), T0));
        assertTrue(store.bookmark(77, b.id(), T0.plusSeconds(1)));
        assertFalse(store.bookmark(77, b.id(), T0.plusSeconds(2)), "idempotent");
        assertEquals(List.of(b.id(), a.id()), store.bookmarks(77));
        assertTrue(store.unbookmark(77, a.id()));
        assertEquals(List.of(b.id()), store.bookmarks(77));
    }

    @Test
    void downloadsAreWrittenBehindAndCountedPerOrganisationAndDay() {
        Doc d = published("13-BC/ĐUK", DUK, DUK, Map.of());
        LocalDate day = LocalDate.of(2025, 3, 4);
        store.countDownload(d.id(), 42, day);
        store.countDownload(d.id(), 42, day);
        store.countDownload(d.id(), 43, day.plusDays(1));
        assertEquals(3, store.downloads(store.find(d.id()).orElseThrow()));
        store.flushDownloads();
        store.countDownload(d.id(), 42, day);
        store.flushDownloads();
        assertEquals(4, store.find(d.id()).orElseThrow().downloads());
        assertEquals(4, store.downloads(store.find(d.id()).orElseThrow()), "nothing pending counted twice");
        assertEquals(Map.of(42L, 3L), store.downloadsByOrg(day, day.plusDays(1)));
        assertEquals(Map.of(42L, 3L, 43L, 1L), store.downloadsByOrg(day, day.plusDays(2)));
    }

    @Test
    void publishedCountsByOwnerAndLevel() {
        published("14-BC/TP", TP, TP, Map.of());
        boolean found = store.publishedBy(T0.minusSeconds(1), T0.plusSeconds(1)).stream()
                .anyMatch(r -> ((Number) r[0]).longValue() == TP && "DISTRICT".equals(r[1]));
        assertTrue(found);
        assertTrue(store.publishedBy(T0.plusSeconds(1), T0.plusSeconds(2)).isEmpty());
        assertTrue(store.queue(Set.of(ReviewStatus.SUBMITTED)).stream().allMatch(d -> d.reviewStatus() == ReviewStatus.SUBMITTED));
    }
}
