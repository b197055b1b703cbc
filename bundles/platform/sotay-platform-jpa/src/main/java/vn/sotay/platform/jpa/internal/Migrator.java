package vn.sotay.platform.jpa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.persistence.UnitSpec;

/**
 * Brings a unit's schema up to date: runs, in order and each in its own transaction, the migration
 * scripts not yet recorded in {@code SOTAY_SCHEMA}. Serialised JVM-wide so two units never race to
 * create the history table.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Object LOCK = new Object();
    /**
     * Datasources whose history table is known to exist: looked up once per datasource and JVM, not
     * once per unit (two metadata queries each, on the bundle-start thread of every boot).
     */
    private static final Set<DataSource> HISTORY_KNOWN = Collections.newSetFromMap(new WeakHashMap<>());
    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(UnitSpec spec) {
        synchronized (LOCK) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                if (!HISTORY_KNOWN.contains(dataSource)) {
                    ensureHistory(c);
                    HISTORY_KNOWN.add(dataSource);
                }
                int current = currentVersion(c, spec.name());
                List<String> scripts = spec.migrations();
                for (int v = current + 1; v <= scripts.size(); v++) {
                    String script = scripts.get(v - 1);
                    try (Statement st = c.createStatement()) {
                        for (String sql : statements(read(spec.classLoader(), script))) {
                            st.execute(sql);
                        }
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO SOTAY_SCHEMA (UNIT_NAME, VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                            ps.setString(1, spec.name());
                            ps.setInt(2, v);
                            ps.setString(3, script);
                            ps.executeUpdate();
                        }
                        c.commit();
                        LOG.info("Schema of unit {} migrated to version {} ({})", spec.name(), v, script);
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw new IllegalStateException("Migration " + script + " of unit " + spec.name() + " failed", e);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot migrate unit " + spec.name(), e);
            }
        }
    }

    private static void ensureHistory(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "SOTAY_SCHEMA", null);
             ResultSet rs2 = c.getMetaData().getTables(null, null, "sotay_schema", null)) {
            if (rs.next() || rs2.next()) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE SOTAY_SCHEMA (UNIT_NAME VARCHAR(64) NOT NULL, VERSION INT NOT NULL, "
                    + "SCRIPT VARCHAR(255) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (UNIT_NAME, VERSION))");
        }
        c.commit();
    }

    private static int currentVersion(Connection c, String unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(VERSION) FROM SOTAY_SCHEMA WHERE UNIT_NAME = ?")) {
            ps.setString(1, unit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static String read(ClassLoader cl, String name) {
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Migration script not found: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }

    /** Splits a script on {@code ;} at line ends; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (t.endsWith(";")) {
                cur.append(t, 0, t.length() - 1);
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(t).append(' ');
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
