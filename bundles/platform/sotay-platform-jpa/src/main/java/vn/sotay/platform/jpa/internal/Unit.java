package vn.sotay.platform.jpa.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.persistence.PersistenceUnit;

/**
 * One resource-local entity manager and transaction per call; a write lost to lock contention runs
 * again; {@code writeTogether} goes through the unit's {@link GroupCommit}.
 */
final class Unit implements PersistenceUnit {
    private static final Logger LOG = LoggerFactory.getLogger(Unit.class);
    /** Runs of one write at most (the first and the retries). */
    static final int ATTEMPTS = 6;
    /** Backoff before retry {@code n} is {@code BACKOFF_MS << (n - 1)} plus as much jitter at most. */
    static final long BACKOFF_MS = 10;

    private final EntityManagerFactory emf;
    private final String name;
    final GroupCommit together;

    /** {@code max} 0: no group commit, {@code writeTogether} is {@code write}. */
    Unit(EntityManagerFactory emf, String name, long windowMicros, int max) {
        this.emf = emf;
        this.name = name;
        this.together = max <= 0 ? null : new GroupCommit(emf, name, windowMicros, max);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return run(work, false);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return run(work, true);
            } catch (RuntimeException e) {
                String state = Contention.sqlState(e);
                if (state == null || attempt >= ATTEMPTS) {
                    if (state != null) {
                        LOG.warn("Write in unit {} lost to lock contention (SQLState {}) {} times; giving up", name, state,
                                attempt);
                    }
                    throw e;
                }
                long base = BACKOFF_MS << (attempt - 1);
                long wait = base + ThreadLocalRandom.current().nextLong(base + 1);
                LOG.debug("Write in unit {} lost to lock contention (SQLState {}), attempt {}; again in {} ms", name,
                        state, attempt, wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T writeTogether(Function<EntityManager, T> work) {
        if (together == null) {
            return write(work);
        }
        Object r = together.submit(work);
        return r == GroupCommit.SINGLY ? write(work) : (T) r;
    }

    private <T> T run(Function<EntityManager, T> work, boolean commit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            if (commit) {
                tx.commit();
            } else {
                tx.rollback();
            }
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        if (together != null) {
            together.close();
        }
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
