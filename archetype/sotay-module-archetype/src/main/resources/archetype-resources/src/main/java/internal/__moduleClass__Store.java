package ${package}.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import ${package}.internal.entity.ItemEntity;

/** The module's only access to its tables (${tablePrefix}_*): one query per question; UTC timestamps. */
@Component(service = ${moduleClass}Store.class, immediate = true)
public class ${moduleClass}Store {
    private final PersistenceUnit unit;

    @Activate
    public ${moduleClass}Store(@Reference PersistenceService persistence) {
        this(persistence.open(spec()));
    }

    ${moduleClass}Store(PersistenceUnit unit) {
        this.unit = unit;
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

    Item insert(String title, String body, long audienceOrgId, Instant createdAt) {
        return unit.write(em -> {
            ItemEntity e = new ItemEntity();
            e.setTitle(title);
            e.setBody(body);
            e.setAudienceOrgId(audienceOrgId);
            e.setCreatedAt(utc(createdAt));
            em.persist(e);
            em.flush();
            return item(e);
        });
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
