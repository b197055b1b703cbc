package ${package}.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import ${package}.internal.entity.ItemEntity;

/**
 * The module's only access to its tables (${tablePrefix}_*): one query per question; UTC timestamps.
 * After each commit it publishes a change event: search and caches follow from it.
 */
@Component(service = ${moduleClass}Store.class, immediate = true)
public class ${moduleClass}Store {
    private final PersistenceUnit unit;
    private final ChangeBus changes;

    @Activate
    public ${moduleClass}Store(@Reference PersistenceService persistence, @Reference ChangeBus changes) {
        this(persistence.open(spec()), changes);
    }

    ${moduleClass}Store(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    /** The unit: migrations run in order (script i is version i); add V2__*.sql after V1, never edit V1. */
    static UnitSpec spec() {
        return new UnitSpec(${moduleClass}Module.ID, ${moduleClass}Store.class.getClassLoader(),
                List.of(ItemEntity.class), List.of("db/${moduleId}/V1__init.sql"));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Stores an item, then publishes its creation (after the commit, never inside the write). */
    Item insert(String title, String body, long audienceOrgId, Instant createdAt) {
        Item item = unit.write(em -> {
            ItemEntity e = new ItemEntity();
            e.setTitle(title);
            e.setBody(body);
            e.setAudienceOrgId(audienceOrgId);
            e.setCreatedAt(utc(createdAt));
            em.persist(e);
            em.flush();
            return item(e);
        });
        changes.publishAndWait(ChangeEvent.created(${moduleClass}Module.ID, ${moduleClass}Module.TYPE, item.id(),
                item.audienceOrgId()), ChangeBus.WAIT);
        return item;
    }

    Optional<Item> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(ItemEntity.class, id)).map(${moduleClass}Store::item));
    }

    /** Items addressed to one of {@code audiences}, newest first: {@code max} rows from {@code offset}. */
    List<Item> addressedTo(List<Long> audiences, int offset, int max) {
        if (audiences.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT e FROM ${moduleClass}Item e WHERE e.audienceOrgId IN :audiences "
                + "ORDER BY e.createdAt DESC, e.id DESC", ItemEntity.class)
                .setParameter("audiences", audiences).setFirstResult(offset).setMaxResults(max)
                .getResultList().stream().map(${moduleClass}Store::item).toList());
    }

    /** Up to {@code max} items with an id above {@code afterId}, by id (for the search feed). */
    List<Item> after(long afterId, int max) {
        return unit.read(em -> em.createQuery("SELECT e FROM ${moduleClass}Item e WHERE e.id > :after ORDER BY e.id",
                ItemEntity.class).setParameter("after", afterId).setMaxResults(max)
                .getResultList().stream().map(${moduleClass}Store::item).toList());
    }

    /** Items created in {@code [from, to)} per audience node: one grouped query. */
    Map<Long, Long> createdByAudience(Instant from, Instant to) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT e.audienceOrgId, COUNT(e) FROM ${moduleClass}Item e "
                + "WHERE e.createdAt >= :from AND e.createdAt < :to GROUP BY e.audienceOrgId", Object[].class)
                .setParameter("from", utc(from)).setParameter("to", utc(to)).getResultList())
                .forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    private static Item item(ItemEntity e) {
        return new Item(e.getId(), e.getTitle(), e.getBody(), e.getAudienceOrgId(), instant(e.getCreatedAt()));
    }
}
