package vn.sotay.study.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.TP;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.study.internal.Requests.ContestRequest;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.entity.AttemptEntity;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** Starting an attempt: only a lost unique key means "a concurrent start won"; the drawn ids are remembered. */
class ContestStartTest {
    private static DerbyUnit unit;
    private static StudyStore store;
    private static StudyDesk desk;
    private static long bankId;

    @BeforeAll
    static void open() {
        unit = new DerbyUnit("studystart", StudyStore.spec());
        store = new StudyStore(unit);
        desk = new StudyDesk(store, new Fakes.Orgs(), new Fakes.Auth(), new Fakes.Members(Map.of()));
        bankId = store.banks.insert(TP, "Nghị quyết", Instant.now()).id();
        new BanksResource(desk, new Fakes.Audit()).importQuestions(
                Fakes.as(Fakes.caller(1, 1L, CB01, new vn.sotay.api.RoleGrant(vn.sotay.api.Role.COMMITTEE, TP))),
                bankId, StudyEngineTest.csv(StudyEngineTest.rows(10)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static long contest() {
        Instant now = Instant.now();
        var d = ContestRules.draft(new ContestRequest(TP, null, "CONTEST", "Thi", bankId, null, null, 5, 30, 1, 80,
                null, now.plusSeconds(600)), vn.sotay.testing.Trees.TREE, now);
        return store.contests.insert(d, ContestRules.draw(store.banks.candidates(bankId, null, null), 5),
                Fakes.caller(1, 1L, CB01), now).id();
    }

    /** The same attempt number inserted twice, as a concurrent start does: the real EclipseLink failure. */
    static RuntimeException duplicate(Attempt a) {
        return assertThrows(RuntimeException.class, () -> unit.write(em -> {
            AttemptEntity e = new AttemptEntity();
            e.contestId = a.contestId();
            e.memberId = a.memberId();
            e.cellId = a.cellId();
            e.no = a.no();
            e.seed = 1;
            e.startedAt = vn.sotay.api.persistence.Sql.utc(a.startedAt());
            e.deadline = vn.sotay.api.persistence.Sql.utc(a.deadline());
            e.total = a.total();
            em.persist(e);
            em.flush();
            return null;
        }));
    }

    @Test
    void aLostUniqueKeyResumesTheWinnersAttempt() {
        long id = contest();
        Caller member = Fakes.caller(11, 11L, CB01);
        List<Attempt> won = new ArrayList<>();
        ContestsResource racing = new ContestsResource(desk, new Fakes.Audit()) {
            @Override
            Attempt insert(Contest k, Caller c, int total, Instant now) {
                won.add(super.insert(k, c, total, now));    // the other device got there first
                throw duplicate(won.get(0));                 // and this insert loses on (contest, member, number)
            }
        };
        ContestsResource.Started s = racing.begin(member, id, Instant.now());
        assertFalse(s.created());
        assertEquals(won.get(0).id(), s.view().id());
        assertTrue(UniqueKey.violated(duplicate(won.get(0))));
    }

    @Test
    void anyOtherFailureIsNotTakenForAConcurrentStart() {
        long id = contest();
        RuntimeException fault = new IllegalStateException("disk full", new SQLException("lock", "40XL1"));
        ContestsResource failing = new ContestsResource(desk, new Fakes.Audit()) {
            @Override
            Attempt insert(Contest k, Caller c, int total, Instant now) {
                throw fault;
            }
        };
        assertSame(fault, assertThrows(RuntimeException.class,
                () -> failing.begin(Fakes.caller(12, 12L, CB01), id, Instant.now())));
        assertFalse(UniqueKey.violated(fault));
        assertFalse(UniqueKey.violated(new ProblemException(409, "conflict", "x", "y", null)));
    }

    @Test
    void concurrentStartsOfOneMemberGiveOneAttempt() throws Exception {
        long id = contest();
        ContestsResource contests = new ContestsResource(desk, new Fakes.Audit());
        Caller member = Fakes.caller(13, 13L, CB01);
        int n = 6;
        CyclicBarrier go = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(pool.submit(() -> {
                    go.await();
                    return contests.begin(member, id, Instant.now()).view().id();
                }));
            }
            Set<Long> distinct = new java.util.HashSet<>();
            for (Future<Long> f : ids) {
                distinct.add(f.get());
            }
            assertEquals(1, distinct.size());
            assertEquals(1, store.attempts.of(id, 13L).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDrawnQuestionIdsAreRememberedBoundedAndForgotten() {
        long id = contest();
        List<Long> first = store.contests.questionIds(id);
        assertEquals(5, first.size());
        assertSame(first, store.contests.questionIds(id), "read once");
        store.contests.forget(id);
        List<Long> again = store.contests.questionIds(id);
        assertEquals(first, again);
        assertTrue(again != first, "read again after forget");
        assertTrue(store.contests.questionIds(-1).isEmpty());
        for (long k = 0; k < ContestStore.MEMO + 20; k++) {
            store.contests.questionIds(id);
        }
        assertTrue(store.contests.remembered() <= ContestStore.MEMO);
    }
}
