package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.CB01;
import static vn.sotay.testing.Trees.SH;
import static vn.sotay.testing.Trees.TP;
import static vn.sotay.testing.Trees.TU;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Page;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** The store's JPQL and V1__init.sql on EclipseLink and Derby (as in the distribution), and the resource's paging. */
class ${moduleClass}Test {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Fakes.Changes CHANGES = new Fakes.Changes();
    private static final Fakes.Search SEARCH = new Fakes.Search();
    private static ${moduleClass}Store store;
    private static Item toRoot, toTp, toCell, toSh;

    @BeforeAll
    static void open() {
        store = new ${moduleClass}Store(new DerbyUnit("${moduleId}", ${moduleClass}Store.spec()), CHANGES);
        CHANGES.listen(Fakes.searchFollower(new ${moduleClass}SearchContributor(store), ${moduleClass}Module.TYPE, SEARCH));
        toRoot = store.insert("Toàn tỉnh", "Nội dung gửi toàn Đảng bộ tỉnh", TU, T0);
        toTp = store.insert("Thành ủy", "Nội dung gửi Đảng bộ thành phố", TP, T0.plusSeconds(60));
        toCell = store.insert("Chi bộ", "Nội dung gửi chi bộ", CB01, T0.plusSeconds(120));
        toSh = store.insert("Sơn Hà", "Nhánh khác", SH, T0.plusSeconds(180));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aMemberPagesTheItemsOfHisCellAndItsAncestorsNewestFirst() {
        ${moduleClass}Resource resource = new ${moduleClass}Resource(store, new Fakes.Orgs());
        var member = Fakes.as(Fakes.caller(100, 100L, CB01));
        Page<Item> first = resource.list(member, "2", null);
        assertEquals(List.of(toCell, toTp), first.items());
        assertNotNull(first.next());
        Page<Item> second = resource.list(member, "2", first.next());
        assertEquals(List.of(toRoot), second.items());
        assertNull(second.next());
        assertEquals(T0.plusSeconds(120), first.items().get(0).createdAt(), "UTC timestamps round-trip");
    }

    @Test
    void aCallerWithoutACellGetsAnEmptyPage() {
        ${moduleClass}Resource resource = new ${moduleClass}Resource(store, new Fakes.Orgs());
        assertTrue(resource.list(Fakes.as(Fakes.caller(1, null, null)), null, null).items().isEmpty());
    }

    @Test
    void everyInsertIsPublishedAndReachesTheIndex() {
        assertEquals(4, CHANGES.published.size());
        assertTrue(SEARCH.holds(toCell.id()));
        assertEquals(List.of(CB01), SEARCH.indexed.stream().filter(d -> d.id().equals(String.valueOf(toCell.id())))
                .findFirst().orElseThrow().audience());
    }

    @Test
    void feedsEveryItemToTheIndexWithItsAudience() {
        List<SearchDocument> docs = new ArrayList<>();
        new ${moduleClass}SearchContributor(store).feed(docs::add);
        assertEquals(4, docs.size());
        assertEquals(List.of(SH), docs.get(3).audience());
        assertEquals(${moduleClass}Module.TYPE, docs.get(0).type());
    }

    @Test
    void countsItemsPerAudienceInAPeriod() {
        var counts = store.createdByAudience(T0.plusSeconds(30), T0.plusSeconds(150));
        assertEquals(1L, counts.get(TP));
        assertEquals(1L, counts.get(CB01));
        assertEquals(2, counts.size());
    }
}
