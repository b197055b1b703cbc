package vn.sotay.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.CBVP;
import static vn.sotay.testing.Trees.SH;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TU;
import static vn.sotay.testing.Trees.XSL_CB01;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.documents.internal.Views.DocumentItem;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The rules through the resource, with the core's services faked as documented. */
class DocumentsResourceTest {
    private static final Caller EDITOR_TU = Fakes.caller(5, 5L, CBVP, new RoleGrant(Role.EDITOR, TU));
    private static final Caller ADMIN = Fakes.caller(1, 1L, CBVP, new RoleGrant(Role.ADMIN, TU));
    private static final Caller EDITOR_SH = Fakes.caller(10, 10L, XSL_CB01, new RoleGrant(Role.EDITOR, SH));
    private static final Caller MEMBER_A = Fakes.caller(7, 7L, CB01);
    private static final Caller MEMBER_B = Fakes.caller(9, 9L, XSL_CB01);

    private static DocumentStore store;
    private static final Fakes.Search search = new Fakes.Search();
    private static DocumentsApi docs;
    private static Path dir;

    /** Takes any file whose first byte is 'P' as a one-page PDF with its bytes as text. */
    static final class Inspector implements FileInspector {
        @Override
        public InspectedFile inspect(String name, Path content, java.util.Set<FileKind> accepted, long max) {
            try {
                byte[] b = Files.readAllBytes(content);
                if (b.length == 0 || b[0] != 'P') {
                    throw ProblemException.invalid("file", "Tệp «" + name + "» không phải là PDF hợp lệ.");
                }
                return new InspectedFile(FileKind.PDF, b.length, "%064x".formatted(new java.math.BigInteger(1,
                        java.security.MessageDigest.getInstance("SHA-256").digest(b))), new String(b, StandardCharsets.UTF_8), 1);
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public java.util.Optional<String> classificationMark(String title) {
            return java.util.Optional.empty(); // no title is marked in these tests
        }

        @Override
        public void requireUnclassifiedTitle(String field, String title) {
        }
    }

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "files-");
        AttachmentFiles files = new AttachmentFiles(dir);
        store = TestDocs.store("documentsresource", files, search);
        docs = new DocumentsApi(store, files, new Inspector());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Files in the attachment store (other tests attach files too). */
    static long files() throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    static SecurityContext as(Caller c) {
        return Fakes.as(c);
    }

    static DocumentRequest request(String number, long owner, long audience) {
        return new DocumentRequest(number, "Cơ quan", owner, false, LocalDate.of(2025, 5, 1), "Người ký",
                "Trích yếu " + number, null, audience, null, null);
    }

    static long create(Caller c, DocumentRequest r) {
        return docs.workflow.create(c, r).id();
    }

    static long published(DocumentRequest r) {
        long id = create(EDITOR_TU, r);
        docs.workflow.submit(as(EDITOR_TU), id);
        docs.workflow.approve(as(ADMIN), id);
        return id;
    }

    static int status(Executable e) {
        return assertThrows(ProblemException.class, e).status();
    }

    static List<Long> ids(Page<DocumentItem> p) {
        return p.items().stream().map(DocumentItem::id).toList();
    }

    @Test
    void publishedDocumentsReachSearchThroughTheChangeChannelAndDraftsNever() {
        long draft = create(EDITOR_TU, request("901-QĐ/TU", TU, TU));
        assertFalse(search.holds(draft), "a draft is never indexed");
        long id = published(request("902-QĐ/TU", TU, TU));
        assertTrue(search.holds(id), "indexed once its approval is committed");
        assertTrue(search.indexed.stream().anyMatch(d -> d.id().equals(String.valueOf(id)) && d.keys().contains("902-QĐ/TU")));
        docs.workflow.archive(as(ADMIN), id);
        assertFalse(search.holds(id), "archiving removes it");
    }

    @Test
    void membersSeeTheirPathAndStaffTheirSubtree() {
        long province = published(request("101-TB/TU", TU, TU));
        long city = published(request("102-TB/HU", TP, TP));
        long district = published(request("103-TB/HU", SH, SH));
        long draft = create(EDITOR_TU, request("104-TB/TU", TU, TU));
        List<Long> a = ids(docs.reading.list(as(MEMBER_A), null, null, null, null, null, null, null, "100", null));
        assertTrue(a.containsAll(List.of(province, city)) && !a.contains(district) && !a.contains(draft), a.toString());
        List<Long> b = ids(docs.reading.list(as(MEMBER_B), null, null, null, null, null, null, null, "100", null));
        assertTrue(b.contains(district) && !b.contains(city));
        assertEquals(404, status(() -> docs.reading.get(as(MEMBER_A), district)));
        assertEquals(404, status(() -> docs.reading.get(as(MEMBER_A), draft)), "drafts are invisible to members");
        assertEquals("DRAFT", docs.reading.get(as(EDITOR_TU), draft).reviewStatus(), "their managers see them");
        assertNull(docs.reading.get(as(MEMBER_A), province).reviewStatus(), "members get no review fields");
        List<Long> sh = ids(docs.reading.list(as(EDITOR_SH), null, null, null, null, null, null, "cell", "100", null));
        assertTrue(sh.contains(province) && sh.contains(district));
    }

    @Test
    void keysetPagesDoNotOverlapAndFiltersAreChecked() {
        for (int i = 0; i < 5; i++) {
            published(request((200 + i) + "-KL/TU", TU, TU));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<DocumentItem> p = docs.reading.list(as(MEMBER_A), "KL", "PROVINCE", "TU", "2025", "IN_FORCE", null, null, "2", cursor);
            assertTrue(p.items().size() <= 2);
            seen.addAll(ids(p));
            cursor = p.next();
        } while (cursor != null);
        assertEquals(seen.stream().distinct().count(), seen.size());
        assertTrue(seen.size() >= 5);
        assertEquals(400, status(() -> docs.reading.list(as(MEMBER_A), "XX", null, null, null, null, null, null, null, null)));
        assertEquals(400, status(() -> docs.reading.list(as(MEMBER_A), null, null, null, "năm", null, null, null, null, null)));
        assertEquals(400, status(() -> docs.reading.list(as(MEMBER_A), null, null, null, null, null, null, "all", null, null)));
        assertEquals(400, status(() -> docs.reading.list(as(MEMBER_A), null, null, null, null, null, null, null, null, "x1")));
        assertEquals(List.of(published(request("300-KL/ĐUK", TU, TU))),
                ids(docs.reading.list(as(MEMBER_A), null, null, null, null, null, "so 300 KL/DUK", null, null, null)));
    }

    @Test
    void onlyEditorsOfTheOwnerDraftAndOnlyWhileEditable() {
        assertEquals(403, status(() -> create(EDITOR_SH, request("400-CV/HU", TP, TP))), "a district's editor in another district");
        assertEquals(403, status(() -> create(MEMBER_A, request("401-CV/TU", TU, TU))));
        ProblemException bad = assertThrows(ProblemException.class, () -> create(EDITOR_TU,
                new DocumentRequest("abc", "", TU, false, LocalDate.of(2999, 1, 1), null, "", null, SH, "VALID", null)));
        assertEquals(List.of("number", "issuerName", "title", "issuedOn", "legalStatus"),
                bad.errors().stream().map(e -> e.field()).toList());
        assertEquals(400, status(() -> create(EDITOR_TU, request("402-CV/HU", SH, TP))), "audience outside the owner");
        long id = create(EDITOR_SH, request("403-CV/HU", SH, SH));
        docs.workflow.submit(as(EDITOR_SH), id);
        assertEquals(409, status(() -> docs.workflow.update(as(EDITOR_SH), id, request("403-CV/HU", SH, SH))));
        assertEquals(409, status(() -> docs.attachments.attach(EDITOR_SH, id, "a.pdf", new ByteArrayInputStream("P".getBytes()))));
        assertEquals(403, status(() -> docs.workflow.approve(as(EDITOR_SH), id)), "editors do not approve");
        assertEquals(400, status(() -> docs.workflow.sendBack(as(ADMIN), id, new DocumentWorkflowResource.CommentRequest(" "))));
        assertEquals("RETURNED", docs.workflow.sendBack(as(ADMIN), id, new DocumentWorkflowResource.CommentRequest("Bổ sung")).reviewStatus());
    }

    @Test
    void relationsNameOnlyPublishedDocumentsTheAuthorReads() {
        long draftTp = create(EDITOR_TU, request("700-KH/TP", TP, TP));
        long publishedTp = published(request("701-KH/TP", TP, TP));
        long publishedTu = published(request("702-KH/TU", TU, TU));
        for (long target : new long[] {draftTp, publishedTp, 999_999}) {
            ProblemException e = assertThrows(ProblemException.class, () -> create(EDITOR_SH, withRelation(
                    request("703-KH/HU", SH, SH), target, null)));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains("không tồn tại"), "the same answer for every refused id: " + e.getMessage());
        }
        assertEquals(400, status(() -> create(EDITOR_SH, withRelation(request("704-KH/HU", SH, SH), null, "701-KH/TP"))),
                "by number, too");
        long ok = create(EDITOR_SH, withRelation(request("705-KH/HU", SH, SH), publishedTu, null));
        assertEquals(1, docs.reading.get(as(EDITOR_SH), ok).relations().size());
        // a draft of TP relating to a published TP document: members of SH do not see the link's title
        long tpDraft = create(EDITOR_TU, withRelation(request("706-KH/TP", TP, TP), publishedTp, null));
        assertTrue(docs.reading.get(as(MEMBER_A), publishedTp).relatedBy().isEmpty(), "a draft's link is not shown to readers");
        assertEquals(1, docs.reading.get(as(EDITOR_TU), publishedTp).relatedBy().size(), "its managers see it");
        assertTrue(tpDraft > 0);
    }

    @Test
    void theAuthorNeverApprovesAndAnotherAuthorityOnlyRequestsAStatusChange() {
        Caller both = Fakes.caller(21, 21L, XSL_CB01, new RoleGrant(Role.EDITOR, SH), new RoleGrant(Role.REVIEWER, SH));
        Caller reviewerSh = Fakes.caller(22, 22L, XSL_CB01, new RoleGrant(Role.REVIEWER, SH));
        long provincial = published(request("800-QĐ/TU", TU, TU));
        long id = create(both, withRelation(request("801-QĐ/HU", SH, SH), provincial, null));
        docs.workflow.submit(as(both), id);
        assertEquals(403, status(() -> docs.workflow.approve(as(both), id)), "the author does not approve");
        docs.workflow.approve(as(reviewerSh), id);
        assertEquals("IN_FORCE", docs.reading.get(as(ADMIN), provincial).legalStatus(),
                "a district's approval does not change a provincial document");
        StatusRequestsResource queue = new StatusRequestsResource(new StatusRequests(store), store,
                new Fakes.Auth(), new Fakes.Audit());
        assertTrue(queue.pending(as(reviewerSh)).isEmpty(), "not the district reviewer's to decide");
        StatusRequestsResource.StatusRequestView request = queue.pending(as(ADMIN)).stream()
                .filter(v -> v.documentId() == provincial).findFirst().orElseThrow();
        assertEquals("REPLACED", request.legalStatus());
        assertEquals(404, status(() -> queue.accept(as(MEMBER_B), request.id())));
        assertEquals("ACCEPTED", queue.accept(as(ADMIN), request.id()).outcome());
        assertEquals("REPLACED", docs.reading.get(as(ADMIN), provincial).legalStatus());
    }

    static DocumentRequest withRelation(DocumentRequest r, Long target, String number) {
        return new DocumentRequest(r.number(), r.issuerName(), r.ownerOrgId(), r.central(), r.issuedOn(), r.signer(),
                r.title(), r.summary(), r.audienceOrgId(), r.legalStatus(),
                List.of(new DocumentRequest.RelationRequest("REPLACES", target, number)));
    }

    @Test
    void committeesAndCellSecretariesDraftForTheirOwnOrganisation() {
        Caller committeeTp = Fakes.caller(2, 2L, CBVP, new RoleGrant(Role.COMMITTEE, TP));
        Caller secretaryA = Fakes.caller(4, 4L, CB01, new RoleGrant(Role.SECRETARY, CB01));
        long tp = create(committeeTp, request("600-KH/TP", TP, TP));
        long cell = create(secretaryA, request("01-BC/CB", CB01, CB01));
        assertEquals(403, status(() -> create(secretaryA, request("02-BC/TP", TP, TP))), "a secretary drafts for the cell only");
        assertEquals(403, status(() -> create(secretaryA, request("03-BC/CB", XSL_CB01, XSL_CB01))));
        docs.attachments.attach(secretaryA, cell, "bao-cao.pdf", new ByteArrayInputStream("PDF báo cáo".getBytes(StandardCharsets.UTF_8)));
        assertEquals("SUBMITTED", docs.workflow.submit(as(secretaryA), cell).reviewStatus());
        assertEquals(403, status(() -> docs.workflow.approve(as(secretaryA), cell)), "secretaries do not approve");
        assertEquals(List.of(cell), docs.workflow.desk(as(secretaryA)).stream().map(DocumentItem::id).toList());
        assertTrue(docs.workflow.desk(as(committeeTp)).stream().map(DocumentItem::id).toList().containsAll(List.of(tp, cell)),
                "the district committee sees the drafts of its subtree");
    }

    @Test
    void refusedUploadsLeaveNothingBehind() throws Exception {
        long id = create(EDITOR_TU, request("500-HD/TU", TU, TU));
        long before = files();
        assertEquals(400, status(() -> docs.attachments.attach(EDITOR_TU, id, "x.pdf", new ByteArrayInputStream("MZ".getBytes()))));
        assertEquals(413, status(() -> docs.attachments.attach(EDITOR_TU, id, "x.pdf",
                new ByteArrayInputStream(new byte[(int) AttachmentFiles.MAX_BYTES + 1]))));
        assertEquals(400, status(() -> docs.attachments.attach(EDITOR_TU, id, " ", new ByteArrayInputStream("P".getBytes()))));
        assertEquals(before, files(), "no file kept, not even a temporary one");
        assertEquals("Hướng dẫn.pdf", docs.attachments.attach(EDITOR_TU, id, "C:\\tmp\\Hướng dẫn.pdf", new ByteArrayInputStream(
                "PDF Hướng dẫn".getBytes(StandardCharsets.UTF_8))).fileName());
        assertEquals("Hướng dẫn.pdf", docs.reading.get(as(EDITOR_TU), id).attachments().get(0).fileName(), "no client path kept");
    }

    @Test
    void downloadNamesSurviveInUtf8() {
        assertEquals("attachment; filename=\"nghi_quyet_04-da.pdf\"; filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%2004-%C4%90A.pdf",
                DocumentAttachmentsResource.disposition("Nghị quyết 04-ĐA.pdf"));
        assertFalse(vn.sotay.api.files.Uploads.fileName("a\"b\n.pdf", "x.pdf").contains("\""));
    }
}
