package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.CBVP;
import static vn.sotay.testing.Trees.PBT;
import static vn.sotay.testing.Trees.SH;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TREE;
import static vn.sotay.testing.Trees.XSL_CB01;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.spi.stats.MetricProvider.Value;
import vn.sotay.study.internal.Requests.AnswerRequest;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.StudyResults.Result;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The study.participants, study.passed and study.score metrics: best attempt per member and contest, per cell, rolled up. */
class StudyResultsTest {
    private static final Instant T = Instant.parse("2026-11-10T02:00:00Z");

    static Attempt a(long id, long contest, long member, long cell, int score, int total) {
        return new Attempt(id, contest, member, cell, 1, 1, T, T.plusSeconds(600), T.plusSeconds(300), score, total);
    }

    @Test
    void oneResultPerMemberAndContestTheBestCounts() {
        List<Result> r = StudyResults.best(List.of(a(1, 10, 1, CB01, 5, 10), a(2, 10, 1, CB01, 9, 10), a(3, 11, 1, CB01, 1, 4),
                a(4, 10, 2, CBVP, 7, 10), a(5, 10, 3, XSL_CB01, 10, 10), a(6, 99, 4, CB01, 10, 10)), Map.of(10L, 80, 11L, 50));
        assertEquals(4, r.size(), "member 1 twice (two contests), 2, 3; contest 99 unknown is left out");
        assertEquals(Map.of(CB01, 2L, CBVP, 1L, XSL_CB01, 1L), StudyResults.participants(r));
        assertEquals(Map.of(CB01, 1L, XSL_CB01, 1L), StudyResults.passed(r), "9/10 and 10/10 pass 80%; 1/4 and 7/10 do not");
        Value tp = Value.rollUp(TREE, TP, StudyResults.participants(r));
        assertEquals(3, tp.total());
        assertEquals(Map.of(PBT, 2L, CBVP, 1L), tp.byChild());
    }

    @Test
    void theAverageIsRolledUpFromSumsAndCountsNotSummed() {
        List<Result> r = StudyResults.best(List.of(a(1, 10, 1, CB01, 9, 10), a(2, 10, 2, CB01, 6, 10), a(3, 10, 3, CBVP, 5, 10)),
                Map.of(10L, 80));
        Value v = StudyResults.averagePercent(TREE, TP, r);
        assertEquals(Math.round((90 + 60 + 50) / 3.0), v.total());
        assertEquals(75L, v.byChild().get(PBT));
        assertEquals(50L, v.byChild().get(CBVP));
        assertEquals(0, StudyResults.averagePercent(TREE, SH, r).total(), "nobody in SH took part");
    }

    private static StudyStore store;

    @BeforeAll
    static void open() {
        store = new StudyStore(new DerbyUnit("studyresults", StudyStore.spec()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theMetricsReadTheStoreAndScoreExpiredAttemptsFirst() throws Exception {
        StudyDesk desk = new StudyDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Members(Map.of()));
        long bank = store.banks.insert(TP, "Ngân hàng", Instant.now()).id();
        new BanksResource(desk, new Fakes.Audit()).importQuestions(Fakes.as(Fakes.caller(1, 1L, CB01,
                new RoleGrant(Role.COMMITTEE, TP))), bank, StudyEngineTest.csv(StudyEngineTest.rows(4)));
        Instant start = Instant.now();
        var d = ContestRules.draft(new ContestRequest(TP, null, "CONTEST", "Thi", bank, null, null, 2, 30, 1, 50,
                null, start.plusSeconds(10)), TREE, start);
        long id = store.contests.insert(d, ContestRules.draw(store.banks.candidates(bank, null, null), 2),
                Fakes.caller(1, 1L, CB01), start).id();
        ContestsResource contests = new ContestsResource(desk, new Fakes.Audit());
        AttemptsResource attempts = new AttemptsResource(desk, new Fakes.Audit());
        var m1 = Fakes.caller(31, 31L, CB01);
        var v1 = contests.begin(m1, id, Instant.now()).view();
        for (var q : v1.questions()) {
            int right = q.options().stream().filter(o -> o.text().startsWith("Đúng")).findFirst().orElseThrow().index();
            attempts.save(Fakes.as(m1), v1.id(), q.no(), new AnswerRequest(List.of(right)));
        }
        attempts.submit(Fakes.as(m1), v1.id());
        contests.begin(Fakes.caller(32, 32L, CBVP), id, Instant.now());   // never submitted: scored 0 at its deadline
        Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), start.plusSeconds(10)).toMillis()) + 200);
        Instant from = start.minusSeconds(1), to = Instant.now().plusSeconds(1);
        Value participants = new ResultsMetrics.Participants(desk, new Fakes.Orgs()).compute(TP, from, to);
        assertEquals(2, participants.total());
        assertEquals(Map.of(PBT, 1L, CBVP, 1L), participants.byChild());
        assertEquals(1, new ResultsMetrics.Passed(desk, new Fakes.Orgs()).compute(TP, from, to).total());
        assertEquals(50, new ResultsMetrics.Score(desk, new Fakes.Orgs()).compute(TP, from, to).total());
        assertEquals(0, new ResultsMetrics.Participants(desk, new Fakes.Orgs()).compute(TP, to, to.plusSeconds(60)).total());
    }
}
