package vn.sotay.qa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.qa.internal.Requests.QaAnswerRequest;
import vn.sotay.qa.internal.Requests.QaAskRequest;
import vn.sotay.qa.internal.Requests.QaForwardRequest;
import vn.sotay.qa.internal.Rows.Status;
import vn.sotay.qa.internal.Views.QaQuestionDetail;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The store's JPQL and V1 on Derby, and the rules of asking, reading, forwarding and answering. */
class QaTest {
    static final Caller MEMBER_A = Fakes.caller(10, 100L, Trees.CB01);
    static final Caller MEMBER_B = Fakes.caller(11, 101L, Trees.XSL_CB01);
    static final Caller COMMITTEE_PBT = Fakes.caller(12, 102L, Trees.CB01, new RoleGrant(Role.COMMITTEE, Trees.PBT));
    static final Caller COMMITTEE_TP = Fakes.caller(13, 103L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
    static final Caller COMMITTEE_SH = Fakes.caller(14, 104L, Trees.XSL_CB01, new RoleGrant(Role.COMMITTEE, Trees.SH));
    static final Caller SECRETARY_A = Fakes.caller(15, 105L, Trees.CB01, new RoleGrant(Role.SECRETARY, Trees.CB01));

    DerbyUnit unit;
    QaStore store;
    ServiceLevel level;
    QuestionsResource questions;
    DeskResource desk;
    QaResource overview;

    @BeforeEach
    void setUp() {
        unit = new DerbyUnit("qa-" + System.nanoTime(), QaStore.spec());
        store = new QaStore(unit, new Fakes.Changes());
        level = new ServiceLevel();
        level.configure(Map.of());
        ContentService content = (c, refs) -> refs.stream().map(r -> r.id().equals("12")
                ? new ResolvedContent(r, true, "Số 12-NQ/TU", "/api/documents/12", "Tài liệu", null)
                : ResolvedContent.unavailable(r)).toList();
        QaDesk d = new QaDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Audit(), new Fakes.Members(Map.of()),
                content, level);
        questions = new QuestionsResource(d);
        desk = new DeskResource(d, questions);
        overview = new QaResource(d);
    }

    @AfterEach
    void tearDown() {
        unit.close();
    }

    QaQuestionDetail ask(Caller c, String text, Boolean publishable) {
        return questions.ask(c, new QaAskRequest(text, "Sinh hoạt", publishable, null));
    }

    @Test
    void askForwardAnswerAlongTheRoute() {
        QaQuestionDetail q = ask(MEMBER_A, "Đảng viên dự bị có được biểu quyết nhân sự không?", false);
        assertEquals(Trees.PBT, q.orgId(), "addressed to the committee directly above the cell");
        assertEquals(Status.WAITING, q.status());
        assertTrue(q.privateQuestion());
        assertEquals(1, desk.list(Fakes.as(COMMITTEE_PBT), "" + Trees.PBT, null, null).items().size());
        assertEquals(1, desk.list(Fakes.as(COMMITTEE_TP), "" + Trees.TP, null, null).items().size());
        assertThrows(ProblemException.class, () -> desk.list(Fakes.as(COMMITTEE_SH), "" + Trees.TP, null, null));

        // others do not know of it
        for (Caller other : List.of(MEMBER_B, COMMITTEE_SH, SECRETARY_A)) {
            assertEquals(404, assertThrows(ProblemException.class,
                    () -> questions.get(Fakes.as(other), q.id())).status(), other.toString());
        }
        // forwarding: never sideways, never to itself or below
        for (long bad : new long[] {Trees.SH, Trees.PBT, Trees.CB01, Trees.XSL}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> desk.forward(Fakes.as(COMMITTEE_PBT), q.id(),
                    new QaForwardRequest(bad, null))).status());
        }
        QaQuestionDetail f = desk.forward(Fakes.as(COMMITTEE_PBT), q.id(), new QaForwardRequest(Trees.TP, "Thuộc thẩm quyền Thành ủy"));
        assertEquals(Status.FORWARDED, f.status());
        assertEquals(1, f.route().size());
        assertEquals(Trees.PBT, f.route().get(0).fromOrgId());
        assertFalse(f.canAct(), "the committee it left reads it, no more");
        assertEquals(0, desk.list(Fakes.as(COMMITTEE_PBT), "" + Trees.PBT, null, null).items().size());
        assertEquals(403, assertThrows(ProblemException.class, () -> desk.answer(Fakes.as(COMMITTEE_PBT), q.id(),
                new QaAnswerRequest("Không.", List.of()))).status());

        // citations must resolve for the answerer
        assertEquals(400, assertThrows(ProblemException.class, () -> desk.answer(Fakes.as(COMMITTEE_TP), q.id(),
                new QaAnswerRequest("Không.", List.of("document:13")))).status());
        QaQuestionDetail a = desk.answer(Fakes.as(COMMITTEE_TP), q.id(),
                new QaAnswerRequest("Không, theo Điều 5.", List.of("document:12")));
        assertEquals(Status.ANSWERED, a.status());
        assertEquals("Số 12-NQ/TU", a.answer().citations().get(0).title());
        assertEquals(409, assertThrows(ProblemException.class, () -> desk.answer(Fakes.as(COMMITTEE_TP), q.id(),
                new QaAnswerRequest("Lần nữa", List.of()))).status());
        assertEquals(Status.ANSWERED, questions.get(Fakes.as(MEMBER_A), q.id()).status());
        assertEquals(Status.ANSWERED, questions.mine(Fakes.as(MEMBER_A), null, null, "ANSWERED").items().get(0).status());
        assertEquals(Status.CLOSED, questions.close(Fakes.as(MEMBER_A), q.id()).status());
    }

    @Test
    void askingIsBoundedAndOnlyUpward() {
        assertEquals(400, assertThrows(ProblemException.class, () -> ask(MEMBER_A, "ngắn", true)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> questions.ask(MEMBER_A,
                new QaAskRequest("Câu hỏi gửi sang huyện khác?", null, true, Trees.SH))).status());
        QaQuestionDetail q = questions.ask(MEMBER_A,
                new QaAskRequest("Câu hỏi gửi thẳng Thành ủy?", null, true, Trees.TP));
        assertEquals(Trees.TP, q.orgId());
        assertFalse(q.privateQuestion());
    }

    @Test
    void overdueRollsUpToTheCommitteesAbove() {
        level.configure(Map.of("serviceLevelDays", "0"));
        ask(MEMBER_A, "Câu hỏi quá hạn ngay vì thời hạn bằng 0?", true);
        level.configure(Map.of());
        ask(MEMBER_A, "Câu hỏi còn trong hạn năm ngày làm việc?", true);
        var r = desk.overdue(Fakes.as(COMMITTEE_TP), "" + Trees.TP);
        assertEquals(2, r.open());
        assertEquals(1, r.overdue());
        assertEquals(1, r.children().stream().filter(c -> c.orgId() == Trees.PBT).findFirst().orElseThrow().overdue());
        var o = overview.overview(Fakes.as(COMMITTEE_TP));
        assertEquals(1, o.desks().size());
        assertEquals(1, o.desks().get(0).overdue());
        assertEquals(2, overview.overview(Fakes.as(MEMBER_A)).mine().size());
    }

    @Test
    void workingDaysSkipTheWeekend() {
        Instant friday = Instant.parse("2026-12-04T03:00:00Z");
        assertEquals(Instant.parse("2026-12-11T03:00:00Z"), ServiceLevel.due(friday, 5));
        assertEquals(friday, ServiceLevel.due(friday, 0));
        assertEquals(5, ServiceLevel.parse("x"));
        assertEquals(5, ServiceLevel.parse("-1"));
    }
}
