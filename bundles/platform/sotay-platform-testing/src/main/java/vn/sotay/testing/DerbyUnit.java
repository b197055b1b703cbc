package vn.sotay.testing;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.derby.jdbc.EmbeddedDataSource;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.platform.jpa.internal.PersistenceServiceImpl;

/**
 * A module's persistence unit on an in-memory Derby database, migrated and opened by the very code
 * of sotay-platform-jpa, so a module's store tests run its real SQL scripts and JPQL.
 */
public final class DerbyUnit implements PersistenceUnit {
    private final PersistenceUnit unit;

    /** A fresh in-memory database named {@code db} (use one name per test). */
    public DerbyUnit(String db, UnitSpec spec) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + db);
        ds.setCreateDatabase("create");
        unit = PersistenceServiceImpl.open(ds, spec, System.getProperty("eclipselink.level", "WARNING"));
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return unit.read(work);
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return unit.write(work);
    }

    @Override
    public <T> T writeTogether(Function<EntityManager, T> work) {
        return unit.writeTogether(work);
    }

    @Override
    public void close() {
        unit.close();
    }
}
