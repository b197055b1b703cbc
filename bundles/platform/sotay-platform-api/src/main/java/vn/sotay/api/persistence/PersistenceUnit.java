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

    /** Releases the unit's caches and its entity manager factory. */
    @Override
    void close();
}
