package vn.sotay.platform.jpa.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a failure that is worth running the transaction again: a lock timeout, a deadlock or a
 * serialisation failure, found anywhere in the cause chain (EclipseLink keeps the SQL exception as
 * its "internal exception", JDBC chains more with {@code getNextException}).
 */
final class Contention {
    /**
     * Derby: 40XL1 lock timeout (also what a sequence generator that could not lock its range raises),
     * 40XL2 lock timeout with the lock table dumped, 40001 deadlock, X0Y84 too much contention on a
     * sequence; PostgreSQL: 40001 serialization failure, 40P01 deadlock detected.
     */
    static final Set<String> STATES = Set.of("40XL1", "40XL2", "40001", "X0Y84", "40P01");

    private Contention() {
    }

    /** The SQLState that makes {@code e} transient, or {@code null} when it is not. */
    static String sqlState(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return walk(e, seen);
    }

    private static String walk(Throwable t, Set<Throwable> seen) {
        for (; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && STATES.contains(n.getSQLState())) {
                        return n.getSQLState();
                    }
                    if (n != s && seen.add(n)) {
                        String inner = walk(n.getCause(), seen);
                        if (inner != null) {
                            return inner;
                        }
                    }
                }
            }
            if (t instanceof EclipseLinkException el && el.getInternalException() != null) {
                String inner = walk(el.getInternalException(), seen);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
