package vn.sotay.news.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;

/** The platform's unit, as sotay-platform-jpa builds it, on an in-memory Derby: migrations, no weaving. */
final class DerbyUnit implements PersistenceUnit {
    private final EntityManagerFactory emf;

    DerbyUnit(String db, UnitSpec spec) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + db);
        ds.setCreateDatabase("create");
        migrate(ds, spec);
        Properties p = new Properties();
        p.putAll(Map.of("eclipselink.weaving", "false", "eclipselink.ddl-generation", "none",
                "eclipselink.cache.shared.default", "false", "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.logging.level", System.getProperty("eclipselink.level", "WARNING"), "eclipselink.logging.parameters", "true"));
        emf = new PersistenceProvider().createContainerEntityManagerFactory(info(spec, ds, p), p);
    }

    private static void migrate(DataSource ds, UnitSpec spec) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String script : spec.migrations()) {
                try (InputStream in = spec.classLoader().getResourceAsStream(script)) {
                    for (String sql : statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same splitting as the platform's Migrator: {@code ;} at line end, {@code --} lines dropped. */
    static List<String> statements(String script) {
        StringBuilder all = new StringBuilder();
        for (String line : script.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("--")) {
                all.append(t.endsWith(";") ? t.substring(0, t.length() - 1) + "\u0000" : t + " ");
            }
        }
        return List.of(all.toString().split("\u0000"));
    }

    private static PersistenceUnitInfo info(UnitSpec spec, DataSource ds, Properties props) {
        return new PersistenceUnitInfo() {
            @Override public String getPersistenceUnitName() { return spec.name(); }
            @Override public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
            @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
            @Override public DataSource getJtaDataSource() { return null; }
            @Override public DataSource getNonJtaDataSource() { return ds; }
            @Override public List<String> getMappingFileNames() { return List.of(); }
            @Override public List<URL> getJarFileUrls() { return List.of(); }
            @Override public URL getPersistenceUnitRootUrl() { return spec.classLoader().getResource(""); }
            @Override public List<String> getManagedClassNames() { return spec.entities().stream().map(Class::getName).toList(); }
            @Override public boolean excludeUnlistedClasses() { return true; }
            @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.UNSPECIFIED; }
            @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
            @Override public Properties getProperties() { return props; }
            @Override public String getPersistenceXMLSchemaVersion() { return "2.2"; }
            @Override public ClassLoader getClassLoader() { return spec.classLoader(); }
            @Override public void addTransformer(ClassTransformer transformer) { }
            @Override public ClassLoader getNewTempClassLoader() { return spec.classLoader(); }
        };
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
        emf.close();
    }
}
