package vn.sotay.platform.jpa.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.Map;

import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;

import vn.sotay.api.persistence.UnitSpec;

/** A persistence unit described in code: listed entities, no persistence.xml, no scanning, no weaving. */
final class UnitInfo implements PersistenceUnitInfo {
    private final UnitSpec spec;
    private final DataSource dataSource;
    private final Properties properties = new Properties();
    private final ClassLoader loader;

    UnitInfo(UnitSpec spec, DataSource dataSource, Map<String, Object> props) {
        this.spec = spec;
        this.dataSource = dataSource;
        this.properties.putAll(props);
        this.loader = new JoinedLoader(spec.classLoader(), PersistenceProvider.class.getClassLoader());
    }

    @Override public String getPersistenceUnitName() { return spec.name(); }
    @Override public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
    @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    @Override public DataSource getJtaDataSource() { return null; }
    @Override public DataSource getNonJtaDataSource() { return dataSource; }
    @Override public List<String> getMappingFileNames() { return List.of(); }
    @Override public List<URL> getJarFileUrls() { return List.of(); }
    /** Only names the unit (nothing is scanned): the bundle root in OSGi, the class path root elsewhere. */
    @Override public URL getPersistenceUnitRootUrl() {
        URL root = spec.classLoader().getResource("/");
        return root != null ? root : spec.classLoader().getResource("");
    }
    @Override public List<String> getManagedClassNames() { return spec.entities().stream().map(Class::getName).toList(); }
    @Override public boolean excludeUnlistedClasses() { return true; }
    @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.UNSPECIFIED; }
    @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    @Override public Properties getProperties() { return properties; }
    @Override public String getPersistenceXMLSchemaVersion() { return "2.2"; }
    @Override public ClassLoader getClassLoader() { return loader; }
    @Override public void addTransformer(ClassTransformer transformer) { /* weaving is off */ }
    @Override public ClassLoader getNewTempClassLoader() { return loader; }

    /** The module's classes first, then EclipseLink's own. */
    private static final class JoinedLoader extends ClassLoader {
        private final ClassLoader second;

        JoinedLoader(ClassLoader first, ClassLoader second) {
            super(first);
            this.second = second;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return second.loadClass(name);
        }

        @Override
        protected URL findResource(String name) {
            return second.getResource(name);
        }
    }
}
