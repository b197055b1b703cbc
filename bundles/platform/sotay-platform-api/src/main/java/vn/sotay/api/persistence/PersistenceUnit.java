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

    /** Runs {@code work} in a transaction committed when it returns, rolled back when it throws. */
    <T> T write(Function<EntityManager, T> work);

    /** Releases the unit's caches and its entity manager factory. */
    @Override
    void close();
}
