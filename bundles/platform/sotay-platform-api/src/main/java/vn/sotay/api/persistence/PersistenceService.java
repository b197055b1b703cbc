package vn.sotay.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens modules' persistence units on the platform datasource (embedded Derby by default, any
 * JDBC database through {@code etc/org.ops4j.datasource-sotay.cfg}). Provided by
 * {@code sotay-platform-jpa}, which holds no entities of its own.
 *
 * <p>Opening a unit first brings its schema up to date: every migration script not yet recorded
 * for the unit in the table {@code SOTAY_SCHEMA} runs, in order, each in its own transaction.
 * Uninstalling a module never drops its tables, so reinstalling finds every row intact.
 */
@ProviderType
public interface PersistenceService {

    /** Migrates the schema and opens the unit. Fails (and logs why) when a migration fails. */
    PersistenceUnit open(UnitSpec spec);
}
