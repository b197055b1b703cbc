package vn.sotay.platform.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.PersistenceException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import vn.sotay.api.persistence.UnitSpec;

/** {@code writeTogether}: many concurrent writes share commits; one failing call never fails the others. */
class GroupCommitTest {

    private static Unit open(String db) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + db);
        ds.setCreateDatabase("create");
        return (Unit) PersistenceServiceImpl.open(ds, new UnitSpec("together", GroupCommitTest.class.getClassLoader(),
                List.of(RetryRow.class), List.of("db/retry/V1__init.sql")), "OFF");
    }

    private static long count(Unit unit) {
        return unit.read(em -> em.createQuery("SELECT COUNT(r) FROM RetryRow r", Long.class).getSingleResult());
    }

    @Test
    void concurrentWritesAreCommittedTogetherAndEachReturnsItsOwnResult() throws Exception {
        try (Unit unit = open("togetherMany")) {
            int n = 400;
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int v = i;
                ids.add(pool.submit(() -> unit.writeTogether(em -> {
                    RetryRow r = new RetryRow();
                    r.v = v;
                    em.persist(r);
                    em.flush();
                    return r.id;
                })));
            }
            Set<Long> distinct = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < n; i++) {
                long id = ids.get(i).get(30, TimeUnit.SECONDS);
                distinct.add(id);
                int expected = i;
                assertEquals(expected, (int) unit.read(em -> em.find(RetryRow.class, id).v), "each call got its own row back");
            }
            pool.shutdown();
            assertEquals(n, distinct.size());
            assertEquals(n, count(unit), "every acknowledged write is in the database, once");
            assertEquals(n, unit.together.calls, "all ran in group commits");
            assertTrue(unit.together.batches < n / 2, "32 threads at once share commits: " + unit.together.batches + " batches");
        }
    }

    @Test
    void aFailingCallFailsAloneAndTheOthersOfItsBatchCommit() throws Exception {
        try (Unit unit = open("togetherFailure")) {
            long taken = unit.write(em -> {
                RetryRow r = new RetryRow();
                em.persist(r);
                em.flush();
                return r.id;
            });
            int n = 60;
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger ruleRuns = new AtomicInteger();
            List<Future<Object>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                all.add(pool.submit(() -> {
                    go.await();
                    return unit.writeTogether(em -> {
                        if (k == 10) { // a rule of the caller, after it changed something
                            em.persist(new RetryRow());
                            ruleRuns.incrementAndGet();
                            throw new IllegalStateException("refused");
                        }
                        if (k == 20) { // a duplicate key: found at the flush
                            return em.createNativeQuery("INSERT INTO RETRY_ROW (ID, V) VALUES (?, 2)").setParameter(1, taken)
                                    .executeUpdate();
                        }
                        RetryRow r = new RetryRow();
                        r.v = k;
                        em.persist(r);
                        return k;
                    });
                }));
            }
            go.countDown();
            int ok = 0;
            for (int i = 0; i < n; i++) {
                Future<Object> f = all.get(i);
                if (i == 10) {
                    Exception e = assertThrows(Exception.class, () -> f.get(30, TimeUnit.SECONDS));
                    assertTrue(e.getCause() instanceof IllegalStateException, "its own failure: " + e.getCause());
                } else if (i == 20) {
                    Exception e = assertThrows(Exception.class, () -> f.get(30, TimeUnit.SECONDS));
                    assertTrue(e.getCause() instanceof PersistenceException, "its own failure: " + e.getCause());
                } else {
                    assertEquals(i, f.get(30, TimeUnit.SECONDS));
                    ok++;
                }
            }
            pool.shutdown();
            assertEquals(58, ok);
            assertEquals(1 + 58, count(unit), "the 58 others committed once each, nothing of the two failures");
            assertTrue(ruleRuns.get() >= 2, "the refused call ran in its batch, then alone");
        }
    }

    @Test
    void aLoneCallWaitsNoMoreThanTheWindow() {
        try (Unit unit = open("togetherLone")) {
            unit.writeTogether(em -> 0); // the committer's thread is started
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                unit.writeTogether(em -> {
                    em.persist(new RetryRow());
                    return null;
                });
            }
            long each = (System.nanoTime() - t0) / 20 / 1_000_000;
            assertTrue(each < 50, "a lone write took " + each + " ms");
            assertEquals(20, count(unit));
        }
    }
}
