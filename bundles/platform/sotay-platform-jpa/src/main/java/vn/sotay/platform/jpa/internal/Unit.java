package vn.sotay.platform.jpa.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import vn.sotay.api.persistence.PersistenceUnit;

/** One resource-local entity manager and transaction per call. */
final class Unit implements PersistenceUnit {
    private final EntityManagerFactory emf;

    Unit(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return run(work, false);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return run(work, true);
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
        if (emf.isOpen()) {
            emf.close();
        }
    }
}
