package vn.sotay.qa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.qa.internal.FaqViews.QaFaqEntry;
import vn.sotay.qa.internal.FaqViews.QaFaqProposal;
import vn.sotay.qa.internal.Requests.QaAnswerRequest;
import vn.sotay.qa.internal.Requests.QaAskRequest;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The FAQ: proposed without the asker, approved by an independent reviewer over its scope, indexed once approved. */
class FaqTest {
    static final Caller MEMBER_A = new Caller(10, 100L, "Nguyễn Văn An", Trees.CB01, List.of(new RoleGrant(Role.MEMBER, Trees.CB01)));
    static final Caller MEMBER_B = Fakes.caller(11, 101L, Trees.XSL_CB01);
    static final Caller COMMITTEE_TP = Fakes.caller(13, 103L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
    static final Caller REVIEWER = Fakes.caller(16, 106L, Trees.CBVP, new RoleGrant(Role.REVIEWER, Trees.TU));

    DerbyUnit unit;
    QaStore store;
    QuestionsResource questions;
    DeskResource desk;
    FaqResource faq;
    Fakes.Search search = new Fakes.Search();

    @BeforeEach
    void setUp() {
        unit = new DerbyUnit("faq-" + System.nanoTime(), QaStore.spec());
        Fakes.Changes changes = new Fakes.Changes();
        store = new QaStore(unit, changes);
        changes.listen(Fakes.searchFollower(new FaqSearchContributor(store), QaModule.FAQ, search));
        ServiceLevel level = new ServiceLevel();
        level.configure(Map.of());
        QaDesk d = new QaDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Audit(), new Fakes.Members(Map.of()),
                (c, refs) -> refs.stream().map(r -> new ResolvedContent(r, true, "Số 12-NQ/TU", "/api/documents/12",
                        "Tài liệu", null)).toList(), level);
        questions = new QuestionsResource(d);
        desk = new DeskResource(d, questions);
        faq = new FaqResource(d, new Fakes.Review(), search);
    }

    @AfterEach
    void tearDown() {
        unit.close();
    }

    long answered(boolean publishable) {
        long id = questions.ask(MEMBER_A, new QaAskRequest("Tôi là Nguyễn Văn An, đảng viên dự bị có được biểu quyết không?",
                "Đảng viên", publishable, null)).id();
        desk.answer(Fakes.as(COMMITTEE_TP), id, new QaAnswerRequest("Không biểu quyết nhân sự.", List.of("document:12")));
        return id;
    }

    @Test
    void proposedWithoutTheAskerApprovedByAReviewerThenSearchable() {
        long q = answered(true);
        assertEquals(403, assertThrows(ProblemException.class, () -> faq.propose(MEMBER_A, q,
                new QaFaqProposal("Đảng viên", null, null, null, null))).status());
        QaFaqEntry e = faq.propose(COMMITTEE_TP, q, new QaFaqProposal(null, null, null, "Điều lệ Đảng, Điều 5", (long) Trees.TU));
        assertEquals(ReviewStatus.SUBMITTED, e.status());
        assertFalse(e.question().contains("Nguyễn Văn An"), e.question());
        assertFalse(search.holds(e.id()), "not indexed before approval");
        assertEquals(404, assertThrows(ProblemException.class, () -> faq.get(Fakes.as(MEMBER_B), e.id())).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> faq.propose(COMMITTEE_TP, q,
                new QaFaqProposal(null, null, null, null, null))).status(), "one entry per question");
        assertEquals(1, faq.review(Fakes.as(REVIEWER)).size());

        QaFaqEntry approved = faq.approve(Fakes.as(REVIEWER), e.id());
        assertEquals(ReviewStatus.APPROVED, approved.status());
        assertTrue(search.holds(e.id()), "indexed once approved");
        assertEquals("Số 12-NQ/TU", faq.get(Fakes.as(MEMBER_B), e.id()).citations().get(0).title(), "province-wide");
        assertEquals(1, faq.list(Fakes.as(MEMBER_B), "Đảng viên", null, null, null).items().size());
        assertEquals(0, faq.list(Fakes.as(MEMBER_B), "Khác", null, null, null).items().size());
        assertEquals(403, assertThrows(ProblemException.class, () -> faq.archive(Fakes.as(MEMBER_B), e.id())).status());
        faq.archive(Fakes.as(REVIEWER), e.id());
        assertFalse(search.holds(e.id()), "archived: out of search");
        assertEquals(0, faq.list(Fakes.as(MEMBER_B), null, null, null, null).items().size());
    }

    @Test
    void privateQuestionsAndNarrowScopesStayPrivate() {
        long p = answered(false);
        assertEquals(409, assertThrows(ProblemException.class, () -> faq.propose(COMMITTEE_TP, p,
                new QaFaqProposal("Đảng viên", null, null, null, null))).status());
        long q = answered(true);
        assertEquals(400, assertThrows(ProblemException.class, () -> faq.propose(COMMITTEE_TP, q,
                new QaFaqProposal("Đảng viên", null, null, null, (long) Trees.SH))).status());
        QaFaqEntry e = faq.propose(COMMITTEE_TP, q, new QaFaqProposal("Đảng viên", null, null, null, null));
        assertEquals(Trees.PBT, e.scopeOrgId(), "by default the committee that answered");
        faq.approve(Fakes.as(REVIEWER), e.id());
        assertEquals(1, faq.list(Fakes.as(MEMBER_A), null, null, null, null).items().size());
        assertEquals(0, faq.list(Fakes.as(MEMBER_B), null, null, null, null).items().size());
        assertEquals(404, assertThrows(ProblemException.class, () -> faq.get(Fakes.as(MEMBER_B), e.id())).status());
    }
}
