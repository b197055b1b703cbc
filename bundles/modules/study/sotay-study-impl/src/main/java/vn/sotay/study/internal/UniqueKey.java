package vn.sotay.study.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a unique-key violation (SQLState 23505, Derby and PostgreSQL alike) anywhere in a failure's
 * cause chain: EclipseLink keeps the SQL exception as the cause of its own, JDBC chains more with
 * {@code getNextException}. Only that failure means "a concurrent insert won"; anything else is a
 * real fault and must not be taken for it.
 */
final class UniqueKey {
    static final String STATE = "23505";

    private UniqueKey() {
    }

    static boolean violated(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (STATE.equals(n.getSQLState())) {
                        return true;
                    }
                    if (n != s && seen.add(n) && violated(n.getCause())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
