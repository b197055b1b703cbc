package vn.sotay.api.persistence;

import java.util.List;

/**
 * Describes a module's persistence unit.
 *
 * @param name        unit name, the module id ({@code notices}); also the key of its schema history
 * @param classLoader loads the entity classes and the migration scripts (the module's own bundle
 *                    class loader: {@code MyEntity.class.getClassLoader()})
 * @param entities    the entity classes, fully listed (no scanning)
 * @param migrations  resource names of SQL scripts in order, e.g. {@code db/notices/V1__init.sql};
 *                    script {@code i} (1-based) is schema version {@code i}. Scripts already applied
 *                    are never run again, so a script once released is never edited: add the next one.
 *                    Statements are separated by {@code ;} at the end of a line.
 */
public record UnitSpec(String name, ClassLoader classLoader, List<Class<?>> entities, List<String> migrations) {
    public UnitSpec {
        entities = List.copyOf(entities);
        migrations = List.copyOf(migrations);
    }
}
