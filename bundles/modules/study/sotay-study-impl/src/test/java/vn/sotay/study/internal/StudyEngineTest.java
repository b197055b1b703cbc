package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.TP;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.study.internal.Requests.AnswerRequest;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Views.AttemptView;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The engine on EclipseLink and Derby: import all or nothing, per-member order, server deadline, hidden key. */
class StudyEngineTest {
    static final String HEADER = "Chủ đề;Mức độ;Loại;Câu hỏi;Phương án A;Phương án B;Phương án C;Đáp án;Giải thích;Văn bản;Điều\n";
    private static StudyStore store;
    private static StudyDesk desk;
    private static BanksResource banks;
    private static ContestsResource contests;
    private static AttemptsResource attempts;
    private static final SecurityContext COMMITTEE = Fakes.as(Fakes.caller(1, 1L, CB01, new RoleGrant(Role.COMMITTEE, TP)));
    private static final SecurityContext MEMBER_A = Fakes.as(Fakes.caller(2, 2L, CB01));
    private static final SecurityContext MEMBER_B = Fakes.as(Fakes.caller(3, 3L, CB01));
    private static long bankId;

    @BeforeAll
    static void open() {
        store = new StudyStore(new DerbyUnit("study", StudyStore.spec()));
        desk = new StudyDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Members(Map.of()));
        banks = new BanksResource(desk, new Fakes.Audit());
        contests = new ContestsResource(desk, new Fakes.Audit());
        attempts = new AttemptsResource(desk, new Fakes.Audit());
        bankId = store.banks.insert(TP, "Nghị quyết", Instant.now()).id();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static vn.sotay.api.Caller caller(SecurityContext sc) {
        return (vn.sotay.api.Caller) sc.getUserPrincipal();
    }

    static String rows(int n) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            b.append("Nghị quyết;").append(1 + i % 3).append(";Một đáp án;Câu hỏi số ").append(i)
                    .append(";Đúng ").append(i).append(";Sai ").append(i).append(";Cũng sai;A;Vì sao;Nghị quyết 01;Điều ")
                    .append(i).append('\n');
        }
        return b.toString();
    }

    static ByteArrayInputStream csv(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBankWithOneBadRowImportsNothingAndNamesEveryError() {
        long before = store.banks.count(bankId);
        String bad = rows(3) + "Nghị quyết;7;Một đáp án;;Có;Không;;E;;;\n";
        ProblemException e = assertThrows(ProblemException.class, () -> banks.importQuestions(COMMITTEE, bankId, csv(bad)));
        assertEquals(400, e.status());
        assertEquals(3, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().stream().allMatch(x -> x.line() == 5));
        assertEquals(before, store.banks.count(bankId));
    }

    @Test
    void aMemberOrAnotherDistrictNeverSeesTheBank() {
        assertEquals(404, assertThrows(ProblemException.class, () -> banks.get(MEMBER_A, bankId)).status());
    }

    @Test
    void aTimedContestKeepsItsKeyHiddenGivesEachMemberHisOrderAndRefusesLateWork() throws Exception {
        assertEquals(30, banks.importQuestions(COMMITTEE, bankId, csv(rows(30))).imported());
        Instant now = Instant.now();
        var d = ContestRules.draft(new ContestRequest(TP, null, "CONTEST", "Thi tìm hiểu", bankId,
                null, null, 20, 30, 1, 80, null, now.plusSeconds(3)), vn.sotay.testing.Trees.TREE, now);
        long contestId = store.contests.insert(d, ContestRules.draw(store.banks.candidates(bankId, null, null), 20),
                Fakes.caller(1, 1L, CB01), now).id();
        AttemptView a = contests.begin(caller(MEMBER_A), contestId, Instant.now()).view();
        AttemptView b = contests.begin(caller(MEMBER_B), contestId, Instant.now()).view();
        assertEquals(20, a.questions().size());
        assertNotEquals(a.questions().stream().map(Views.AttemptQuestion::text).toList(),
                b.questions().stream().map(Views.AttemptQuestion::text).toList());
        assertTrue(a.questions().stream().allMatch(q -> q.correct() == null && q.explanation() == null));
        assertTrue(a.secondsLeft() <= 3);
        AttemptView again = contests.begin(caller(MEMBER_A), contestId, Instant.now()).view();
        assertEquals(a.id(), again.id(), "a running attempt resumes");
        assertEquals(a.questions(), again.questions(), "in the same order");
        int right = a.questions().get(0).options().stream().filter(o -> o.text().startsWith("Đúng")).findFirst()
                .orElseThrow().index();
        attempts.save(MEMBER_A, a.id(), 1, new AnswerRequest(List.of(right)));
        attempts.save(MEMBER_A, a.id(), 1, new AnswerRequest(List.of(right)));
        assertEquals(List.of(right), attempts.get(MEMBER_A, a.id()).questions().get(0).chosen());
        assertEquals(404, assertThrows(ProblemException.class, () -> attempts.get(MEMBER_B, a.id())).status());
        Thread.sleep(3_200);
        ProblemException late = assertThrows(ProblemException.class, () -> attempts.submit(MEMBER_A, a.id()));
        assertEquals(409, late.status());
        assertTrue(late.getMessage().contains("hết giờ"), late.getMessage());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> attempts.save(MEMBER_A, a.id(), 2, new AnswerRequest(List.of(0)))).status());
        AttemptView after = attempts.get(MEMBER_A, a.id());
        assertEquals(1, after.score(), "what was saved in time is scored");
        assertTrue(after.over());
        assertEquals(List.of(right), after.questions().get(0).correct(), "the key once the contest closed");
    }

    @Test
    void aQuizShowsItsKeyAfterTheSubmissionAndCountsInTheMetric() {
        banks.importQuestions(COMMITTEE, bankId, csv(rows(5)));
        Instant now = Instant.now();
        var d = ContestRules.draft(new ContestRequest(TP, null, "QUIZ", "Ôn tập", bankId, null, null, 5, 10, 2, 80,
                null, now.plusSeconds(600)), vn.sotay.testing.Trees.TREE, now);
        long quiz = store.contests.insert(d, ContestRules.draw(store.banks.candidates(bankId, null, null), 5),
                Fakes.caller(1, 1L, CB01), now).id();
        AttemptView a = contests.begin(caller(MEMBER_B), quiz, Instant.now()).view();
        assertTrue(a.questions().stream().allMatch(q -> q.correct() == null));
        AttemptView done = attempts.submit(MEMBER_B, a.id());
        assertEquals(0, done.score());
        assertTrue(done.questions().stream().allMatch(q -> q.correct().size() == 1 && q.explanation() != null));
        assertEquals(done.questions(), attempts.submit(MEMBER_B, a.id()).questions(), "submitting again answers the same");
        AttemptView second = contests.begin(caller(MEMBER_B), quiz, Instant.now()).view();
        assertEquals(2, second.no());
        attempts.submit(MEMBER_B, second.id());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> contests.begin(caller(MEMBER_B), quiz, Instant.now())).status(), "two attempts allowed");
        long submitted = store.attempts.submittedByCell(now.minusSeconds(1), Instant.now().plusSeconds(1)).getOrDefault(CB01, 0L);
        assertTrue(submitted >= 1);
    }

    @Test
    void rankingsLeaveOutExemptMembers() {
        Instant t = Instant.now();
        var k = new Rows.Contest(1, TP, null, Rows.Kind.CONTEST, "x", 1, null, null, 2, 10, 1, 50, t, t, 1, t);
        var m1 = new vn.sotay.api.member.Member(1, "Một", null, null, "1", "1", null, CB01,
                vn.sotay.api.member.MemberStatus.OFFICIAL, null, null);
        var m2 = new vn.sotay.api.member.Member(2, "Hai", null, null, "2", "2", null, CB01,
                vn.sotay.api.member.MemberStatus.EXEMPT, null, null);
        var r = Rankings.of(k, vn.sotay.testing.Trees.TREE, List.of(new Attempt(1, 1, 1, CB01, 1, 1, t, t, t, 1, 2),
                new Attempt(2, 1, 2, CB01, 1, 1, t, t, t, 2, 2)), Map.of(1L, m1, 2L, m2), Map.of(CB01, 4L));
        assertEquals(1, r.overall().participants());
        assertEquals(4, r.overall().expected());
        assertEquals(25.0, r.overall().participationRate());
        assertEquals(List.of("Một"), r.top().stream().map(Rankings.RankedMember::name).toList());
        assertFalse(r.organisations().isEmpty());
        assertNull(null);
    }
}
