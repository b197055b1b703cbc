package ${package}.internal;

import java.time.Instant;

/** An item as the module hands it out (never the entity). */
public record Item(long id, String title, String body, long audienceOrgId, Instant createdAt) {
}
