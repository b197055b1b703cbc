package vn.sotay.platform.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;

/** {@link Unit#write} runs a unit of work again when Derby reports a lock timeout or a deadlock, and only then. */
class UnitRetryTest {

    /** An in-memory database whose lock waits and deadlock checks take one second, not Derby's 60 and 20. */
    private static EmbeddedDataSource database(String name) throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + name);
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '1')");
        }
        return ds;
    }

    private static PersistenceUnit open(EmbeddedDataSource ds) {
        return PersistenceServiceImpl.open(ds, new UnitSpec("retry", UnitRetryTest.class.getClassLoader(),
                List.of(RetryRow.class), List.of("db/retry/V1__init.sql")), "OFF");
    }

    private static long insert(PersistenceUnit unit, int v) {
        return unit.write(em -> {
            RetryRow r = new RetryRow();
            r.v = v;
            em.persist(r);
            em.flush();
            return r.id;
        });
    }

    private static int value(PersistenceUnit unit, long id) {
        return unit.read(em -> em.find(RetryRow.class, id).v);
    }

    @Test
    void aWriteThatTimesOutOnALockRunsAgainAndCommitsOnceTheLockIsFree() throws Exception {
        EmbeddedDataSource ds = database("retryTimeout");
        try (PersistenceUnit unit = open(ds); Connection blocker = ds.getConnection()) {
            long id = insert(unit, 1);
            blocker.setAutoCommit(false);
            try (PreparedStatement ps = blocker.prepareStatement("UPDATE RETRY_ROW SET V = 100 WHERE ID = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate(); // holds the row's exclusive lock until the commit below
            }
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1500);
                    blocker.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            AtomicInteger runs = new AtomicInteger();
            int written = unit.write(em -> {
                runs.incrementAndGet();
                RetryRow r = em.find(RetryRow.class, id, LockModeType.PESSIMISTIC_WRITE);
                r.v = r.v + 1;
                return r.v;
            });
            release.get(10, TimeUnit.SECONDS);
            assertTrue(runs.get() >= 2, "the first run timed out on the lock and was run again: " + runs);
            assertEquals(101, written, "the retry saw the committed value");
            assertEquals(101, value(unit, id));
        }
    }

    @Test
    void twoWritesThatDeadlockBothCommitTheLoserRunsAgain() throws Exception {
        EmbeddedDataSource ds = database("retryDeadlock");
        try (PersistenceUnit unit = open(ds)) {
            long a = insert(unit, 0);
            long b = insert(unit, 0);
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> crossing(unit, a, b, bothHoldOne, runs));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> crossing(unit, b, a, bothHoldOne, runs));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            assertTrue(runs.get() >= 3, "one of the two deadlocked transactions was chosen as victim and ran again: " + runs);
            assertEquals(2, value(unit, a), "both increments of a committed exactly once");
            assertEquals(2, value(unit, b), "both increments of b committed exactly once");
        }
    }

    /** Increments {@code x} then {@code y}; the first run of each side waits until both hold their first row. */
    private static int crossing(PersistenceUnit unit, long x, long y, CyclicBarrier barrier, AtomicInteger runs) {
        AtomicInteger mine = new AtomicInteger();
        return unit.write(em -> {
            runs.incrementAndGet();
            bump(em, x);
            if (mine.incrementAndGet() == 1) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return bump(em, y);
        });
    }

    private static int bump(EntityManager em, long id) {
        return em.createNativeQuery("UPDATE RETRY_ROW SET V = V + 1 WHERE ID = ?").setParameter(1, id).executeUpdate();
    }

    @Test
    void otherFailuresAreNotRetried() throws Exception {
        EmbeddedDataSource ds = database("retryOther");
        try (PersistenceUnit unit = open(ds)) {
            long id = insert(unit, 1);
            AtomicInteger runs = new AtomicInteger();
            assertThrows(IllegalStateException.class, () -> unit.write(em -> {
                runs.incrementAndGet();
                throw new IllegalStateException("a rule of the caller");
            }));
            assertEquals(1, runs.get());
            assertThrows(PersistenceException.class, () -> unit.write(em -> {
                runs.incrementAndGet();
                return em.createNativeQuery("INSERT INTO RETRY_ROW (ID, V) VALUES (?, 2)").setParameter(1, id).executeUpdate();
            }), "a duplicate key is a real failure");
            assertEquals(2, runs.get());
        }
    }

    @Test
    void contentionIsFoundAnywhereInTheCauseChain() {
        SQLException timeout = new SQLTransactionRollbackException("A lock could not be obtained", "40XL1");
        assertEquals("40XL1", Contention.sqlState(new PersistenceException(new RuntimeException(timeout))));
        SQLException chained = new SQLException("batch failed", "XJ208");
        chained.setNextException(new SQLException("deadlock", "40001"));
        assertEquals("40001", Contention.sqlState(new PersistenceException(chained)));
        assertEquals("X0Y84", Contention.sqlState(new SQLException("outer", "XJ001", new SQLException("seq", "X0Y84"))));
        assertNull(Contention.sqlState(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertNull(Contention.sqlState(new IllegalStateException()));
    }
}
