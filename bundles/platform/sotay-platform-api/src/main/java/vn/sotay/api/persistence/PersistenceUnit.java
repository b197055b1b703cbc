package vn.sotay.api.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An open persistence unit of one module, on the platform's datasource. Each call runs in its own
 * {@link EntityManager} and resource-local transaction; nothing leaks between calls. Entities must
 * not leave the function: map them to DTOs inside it.
 *
 * <p>Thread-safe. Close it when the owning component deactivates.
 */
@ProviderType
public interface PersistenceUnit extends AutoCloseable {

    /** Runs {@code work} in a read-only transaction (rolled back at the end). */
    <T> T read(Function<EntityManager, T> work);

    /**
     * Runs {@code work} in a transaction committed when it returns, rolled back when it throws.
     *
     * <p><b>{@code work} may run more than once.</b> When the transaction loses to lock contention
     * (a lock timeout, a deadlock, a sequence range that could not be locked: Derby SQLStates
     * 40XL1, 40XL2, 40001, X0Y84; PostgreSQL 40001, 40P01) it is rolled back and {@code work} runs
     * again in a fresh entity manager and transaction, up to six times in all with a short jittered
     * backoff (10 ms doubling, under a second altogether); a write that still loses throws the last
     * failure. So a write function must be re-runnable: its only side effects go through the
     * {@link EntityManager} it is given. Create and persist entities inside it (an entity built
     * outside and persisted inside keeps the state of the failed run), do not count, collect or
     * publish anything outside it, and do after it returns whatever must happen once (audit,
     * caches, index, files). Any other exception is thrown at once without a retry.
     */
    <T> T write(Function<EntityManager, T> work);

    /**
     * Group commit: runs {@code work} like {@link #write}, but in one transaction together with the
     * other {@code writeTogether} calls on this unit that arrive while it waits, so that many small
     * writes share one commit, and so one wait for the disk (a Derby commit syncs its log: a few
     * milliseconds each, a few hundred commits a second at best, whatever the CPU does). For writes
     * that are small, frequent, concurrent and must never be lost: a check-in, a ballot.
     *
     * <p><b>How.</b> The calling thread hands {@code work} to the unit's committer (one thread per
     * unit) and waits. The committer takes every call waiting, then keeps collecting for a short
     * window (by default {@value #TOGETHER_WINDOW_MICROS} µs) or until {@value #TOGETHER_MAX} calls
     * (the platform's configuration {@code vn.sotay.jpa}: {@code groupCommitWindowMicros},
     * {@code groupCommitMax}; a maximum of 0 turns grouping off, every call then is a {@link #write}: the
     * platform ships with it off, see docs/performance.md "Check-ins and ballots under load"), runs them one after the other in one entity manager and
     * transaction (each followed by a flush, so a later call sees what an earlier one wrote, as if
     * they had run one after the other) and commits once. At low load a call waits the window at
     * most; under load the batch grows with the queue and the commits per second stay few.
     *
     * <p><b>What the caller may rely on.</b>
     * <ul>
     *   <li>It returns only after the transaction holding its work <b>committed</b>: an answer
     *       built on its result (an acknowledgement sent to a member) is never lost by a crash
     *       afterwards (Derby's commit is durable).</li>
     *   <li>The failure of one call never fails another. When any call of a batch throws, or the
     *       flush or the commit fails (a constraint, a lock timeout, a deadlock), the batch is rolled
     *       back as a whole and <b>every</b> call of it runs again singly, on its own thread, through
     *       {@link #write} (with its retries on lock contention): the call that failed gets its own
     *       exception there, the others their result.</li>
     *   <li>So {@code work} follows {@link #write}'s rules, and more: it may run more than once and
     *       on another thread (the committer's, then maybe its caller's), so it must not depend on
     *       the caller's thread (thread locals) and must leave side effects to the
     *       {@link EntityManager} it is given; it must keep its transaction short (no waiting on
     *       anything but the database): the whole batch waits for it.</li>
     *   <li>Calls of one batch share a persistence context: map entities to values inside
     *       {@code work}, as with {@link #write}. Row locks taken by one call are held until the
     *       batch commits.</li>
     *   <li>Never call it inside another {@code read}, {@code write} or {@code writeTogether} of the
     *       same unit (the committer would wait for itself).</li>
     * </ul>
     * The default runs {@code work} through {@link #write} (no grouping).
     *
     * @since 1.2
     */
    default <T> T writeTogether(Function<EntityManager, T> work) {
        return write(work);
    }

    /** How long the committer keeps collecting calls of {@link #writeTogether} after the first, in microseconds (default). */
    long TOGETHER_WINDOW_MICROS = 1000;

    /** The most calls of {@link #writeTogether} committed in one transaction (default). */
    int TOGETHER_MAX = 64;

    /** Releases the unit's caches and its entity manager factory. */
    @Override
    void close();
}
