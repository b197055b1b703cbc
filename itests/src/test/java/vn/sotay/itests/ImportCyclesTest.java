package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * No circle of references between the files of a bundle (docs/architecture.md, Dependency rules): a
 * plain unit test over every bundle's main sources, so a cycle fails the build in seconds, before any
 * integration test (it runs with {@code -DskipITs} too).
 */
class ImportCyclesTest {
    static final Path BUNDLES = Path.of(System.getProperty("basedir", ".")).resolve("../bundles").normalize();

    @Test
    void noBundleHasACycleBetweenItsFiles() {
        List<Path> roots = ImportCycles.sourceRoots(BUNDLES);
        assertTrue(roots.size() >= 10, "source roots under " + BUNDLES + ": " + roots.size());
        List<String> cycles = new ArrayList<>();
        for (Path r : roots) {
            ImportCycles.cycles(r).forEach(c -> cycles.add(BUNDLES.relativize(r) + ": " + c));
        }
        assertEquals(List.of(), cycles, "files that refer to each other, directly or not: move the shared "
                + "constants or nested types into a leaf file, or invert the dependency with a small interface");
    }

    @Test
    void findsCyclesOutsideCommentsAndStringsOnly() {
        Map<String, String> files = Map.of(
                "A", "class A { B b; /* C */ String s = \"D // E\"; char q = '\"'; }",
                "B", "class B { static final int X = A.X; // D\n}",
                "C", "class C { String t = \"\"\"\n A \"quoted\" B\n\"\"\"; }",
                "D", "class D { C c; }",
                "E", "class E { D d; }");
        assertEquals(List.of(Set.of("A", "B")), ImportCycles.cycles(files));
        assertEquals(List.of(Set.of("C", "D", "E")), ImportCycles.cycles(Map.of(
                "C", "class C { E e; }", "D", "class D { C c; }", "E", "class E { D d; }")));
        assertEquals(" x\"\"\ny''\"\"", ImportCycles.code("/* a */x\"b\\\"c\"// d\ny'\\''\"\"\"\nB\n\"\"\""));
    }
}
