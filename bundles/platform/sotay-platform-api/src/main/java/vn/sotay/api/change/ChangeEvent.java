package vn.sotay.api.change;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One committed change of one entity of a module: which module, which kind of entity, its id, what
 * happened, where in the organisation tree it belongs and when. It says <i>that</i> something
 * changed, never <i>what</i> it now contains: listeners read the current state from its owner
 * (the search contributor, the module's store), so an event delivered late or twice does no harm.
 *
 * <p>Events are small and {@link Serializable} on purpose: when several Karaf nodes share one
 * database, exactly these events will be carried between the nodes so that every node's caches and
 * index follow the writes made on the others. Keep them free of entity data, personal data and
 * anything that is only valid in one JVM.
 *
 * @param module the module id ({@code news}; {@code platform} for the core)
 * @param type   the entity type within the module, the search type where there is one ({@code article})
 * @param id     the entity's id as text ({@code "42"})
 * @param kind   created, updated or deleted
 * @param orgId  the organisation node the entity is addressed to or owned by, when it has one: a
 *               hint for caches kept per node (the notices inbox per audience); {@code null} otherwise
 * @param at     when the change was committed
 */
public record ChangeEvent(String module, String type, String id, Kind kind, Long orgId, Instant at)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest module id, type and id accepted: events stay small. */
    public static final int MAX_LENGTH = 200;

    /** What happened to the entity. */
    public enum Kind {
        /** A new entity. */
        CREATED,
        /** Any change of an existing entity: content, status, counters shown to readers. */
        UPDATED,
        /** The entity is gone. */
        DELETED
    }

    /** Checks the fields: none null but {@code orgId}, texts non-blank and at most {@link #MAX_LENGTH}. */
    public ChangeEvent {
        text(module, "module");
        text(type, "type");
        text(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** A created entity, now. */
    public static ChangeEvent created(String module, String type, Object id, Long orgId) {
        return new ChangeEvent(module, type, String.valueOf(id), Kind.CREATED, orgId, Instant.now());
    }

    /** An updated entity, now. */
    public static ChangeEvent updated(String module, String type, Object id, Long orgId) {
        return new ChangeEvent(module, type, String.valueOf(id), Kind.UPDATED, orgId, Instant.now());
    }

    /** A deleted entity, now. */
    public static ChangeEvent deleted(String module, String type, Object id, Long orgId) {
        return new ChangeEvent(module, type, String.valueOf(id), Kind.DELETED, orgId, Instant.now());
    }

    private static void text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1-" + MAX_LENGTH + " characters");
        }
    }
}
