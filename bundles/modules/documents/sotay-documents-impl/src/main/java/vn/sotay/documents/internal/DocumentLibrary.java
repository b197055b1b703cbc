package vn.sotay.documents.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.documents.internal.entity.DocumentEntity;

/**
 * The published documents from memory (documents are read far more than written), rebuilt with four
 * queries on the first read after a change event of the module ({@link DocumentStore#changed}),
 * never by direct calls from writers; a load that raced with a change is used once and not kept.
 */
final class DocumentLibrary {
    private final PersistenceUnit unit;
    private final AtomicLong generation = new AtomicLong();
    private volatile Library library;
    private volatile long libraryGeneration = -1;

    DocumentLibrary(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** Something of the module changed: the next read rebuilds the library. */
    void evict() {
        generation.incrementAndGet();
    }

    Library get() {
        long g = generation.get();
        Library l = library;
        if (l == null || libraryGeneration != g) {
            l = unit.read(em -> {
                List<DocumentEntity> rows = em.createQuery("SELECT d FROM DocumentEntity d WHERE d.reviewStatus = 'APPROVED' "
                        + "ORDER BY d.issuedOn DESC, d.id DESC", DocumentEntity.class).getResultList();
                List<Doc> docs = DocRows.assemble(em, rows);
                Map<Long, Doc> byId = new HashMap<>();
                docs.forEach(d -> byId.put(d.id(), d));
                return new Library(List.copyOf(docs), Map.copyOf(byId));
            });
            library = l;
            libraryGeneration = g;
        }
        return l;
    }
}
