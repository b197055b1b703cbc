package vn.sotay.platform.jpa.internal;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;

/** Opens EclipseLink units on the platform datasource after migrating their schema. */
@Component(configurationPid = "vn.sotay.jpa")
@Designate(ocd = PersistenceServiceImpl.Config.class)
public class PersistenceServiceImpl implements PersistenceService {

    @ObjectClassDefinition(name = "Sổ Tay persistence", description = "JPA settings shared by every module's unit")
    public @interface Config {
        @AttributeDefinition(description = "Filter selecting the platform DataSource service")
        String dataSource_target() default "(dataSourceName=sotay)";

        @AttributeDefinition(description = "EclipseLink log level (OFF, SEVERE, WARNING, INFO, FINE)")
        String logLevel() default "WARNING";

        @AttributeDefinition(description = "Group commit (writeTogether): how long the committer collects writes after the first, µs")
        long groupCommitWindowMicros() default PersistenceUnit.TOGETHER_WINDOW_MICROS;

        @AttributeDefinition(description = "Group commit (writeTogether): most writes in one transaction; 0 (the "
                + "default) turns grouping off, " + PersistenceUnit.TOGETHER_MAX + " is the size measured in docs/performance.md")
        int groupCommitMax() default 0;
    }

    private final DataSource dataSource;
    private final Config config;

    @Activate
    public PersistenceServiceImpl(@Reference(name = "dataSource") DataSource dataSource, Config config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public PersistenceUnit open(UnitSpec spec) {
        return open(dataSource, spec, config.logLevel(), config.groupCommitWindowMicros(), config.groupCommitMax());
    }

    /** Migrates and opens a unit on {@code dataSource}; public for sotay-platform-testing's in-memory units. */
    public static PersistenceUnit open(DataSource dataSource, UnitSpec spec, String logLevel) {
        return open(dataSource, spec, logLevel, PersistenceUnit.TOGETHER_WINDOW_MICROS, PersistenceUnit.TOGETHER_MAX);
    }

    /** As above, with the group commit's window (µs) and largest batch ({@code 0}: no grouping). */
    public static PersistenceUnit open(DataSource dataSource, UnitSpec spec, String logLevel, long windowMicros, int max) {
        new Migrator(dataSource).migrate(spec);
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.ddl-generation", "none");
        props.put("eclipselink.cache.shared.default", "false");
        props.put("eclipselink.jdbc.batch-writing", "JDBC");
        props.put("eclipselink.logging.level", logLevel);
        props.put("eclipselink.logging.logger", "JavaLogger");
        props.put("eclipselink.deploy-on-startup", "true");
        EntityManagerFactory emf = new PersistenceProvider()
                .createContainerEntityManagerFactory(new UnitInfo(spec, dataSource, props), props);
        return new Unit(emf, spec.name(), windowMicros, max);
    }
}
