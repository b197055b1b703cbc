package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sotay.search.lucene.internal.Docs.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.search.SearchHit;

/** Province 1 → district 2 → cells 3 and 4; district 5 → cell 6. */
class VisibilityTest {
    static final Map<Long, List<Long>> PATHS = Map.of(1L, List.of(1L), 2L, List.of(1L, 2L), 3L, List.of(1L, 2L, 3L),
            4L, List.of(1L, 2L, 4L), 5L, List.of(1L, 5L), 6L, List.of(1L, 5L, 6L));

    @TempDir
    Path dir;
    LuceneIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneIndex(dir, id -> PATHS.getOrDefault(id, List.of()));
        index.index(doc("notice", "public", "Thông báo chung", "x"));
        index.index(doc("notice", "province", "Thông báo tỉnh", "x", 1L));
        index.index(doc("notice", "district", "Thông báo huyện", "x", 2L));
        index.index(doc("notice", "cell3", "Thông báo chi bộ 3", "x", 3L));
        index.index(doc("notice", "cell4", "Thông báo chi bộ 4", "x", 4L));
        index.index(doc("notice", "cell4or6", "Thông báo chi bộ 4 và 6", "x", 4L, 6L));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    Set<String> seen(Visibility v) {
        return Set.copyOf(index.search("thông báo", Set.of("notice"), v, 100).stream().map(SearchHit::id).toList());
    }

    @Test
    void memberSeesOwnCellAncestorsAndPublicNotSiblings() {
        assertEquals(Set.of("public", "province", "district", "cell3"), seen(new Visibility(List.of(1L, 2L, 3L), Set.of())));
        assertEquals(Set.of("public", "province", "cell4or6"), seen(new Visibility(List.of(1L, 5L, 6L), Set.of())));
    }

    @Test
    void staffSeesEverythingAddressedInsideTheirSubtree() {
        assertEquals(Set.of("public", "province", "district", "cell3", "cell4", "cell4or6"),
                seen(new Visibility(List.of(1L, 5L, 6L), Set.of(2L))));
        assertEquals(Set.of("public", "cell4", "cell4or6"), seen(new Visibility(List.of(), Set.of(4L))));
    }

    @Test
    void nobodyInParticularSeesPublicOnly() {
        assertEquals(Set.of("public"), seen(new Visibility(List.of(), Set.of())));
    }

    @Test
    void noFilterSeesAll() {
        assertEquals(6, seen(null).size());
    }
}
