package vn.sotay.api.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conventions every unit follows, in one place: timestamps are stored as UTC {@code TIMESTAMP}
 * columns mapped to {@link LocalDateTime} (JPA 2.2 maps no {@link Instant}), and long {@code IN}
 * lists are split into chunks of {@link #IN_CHUNK} values (within what Derby and PostgreSQL accept).
 */
public final class Sql {
    /** Largest number of values in one {@code IN (...)} parameter. */
    public static final int IN_CHUNK = 1000;

    /**
     * The range of instants a client may send to be stored or compared in a query: timestamp
     * columns hold years 1 to 9999 only, and nothing here is dated before 1900 or after 3000, so a
     * value outside is a 400 of the field, never a database error.
     *
     * @since 1.1
     */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z"),
            LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private Sql() {
    }

    /** True when {@code i} is within {@link #EARLIEST} and {@link #LATEST} (a client's value may be stored or queried). */
    public static boolean storable(Instant i) {
        return !i.isBefore(EARLIEST) && i.isBefore(LATEST);
    }

    /** The instant as a UTC column value; {@code null} stays {@code null}. */
    public static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    /** A UTC column value as an instant; {@code null} stays {@code null}. */
    public static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** {@code values} in consecutive chunks of at most {@link #IN_CHUNK}, for one {@code IN} clause each. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }
}
