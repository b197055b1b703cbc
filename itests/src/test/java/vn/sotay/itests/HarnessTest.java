package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own parsing and file editing (a plain unit test: no distribution needed). */
class HarnessTest {

    @Test
    void setPropertyReplacesUncommentsOrAppends(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.cfg");
        Files.writeString(f, "# Sổ Tay\nsshPort = 8101\n#rmiServerPort = 44444\nkey.with.value = a \\\n  sshPort = 1\n",
                StandardCharsets.UTF_8);
        Distribution.setProperty(f, "sshPort", "18101");
        Distribution.setProperty(f, "rmiServerPort", "44445");
        Distribution.setProperty(f, "rmiRegistryPort", "11099");
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(List.of("# Sổ Tay", "sshPort = 18101", "rmiServerPort = 44445", "key.with.value = a \\",
                "  sshPort = 1", "rmiRegistryPort = 11099"), lines);
        Path absent = dir.resolve("absent.cfg");
        Distribution.setProperty(absent, "org.osgi.service.http.port", "18181");
        assertEquals("18181", Distribution.property(absent, "org.osgi.service.http.port").orElseThrow());
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "#karaf = karaf,_g_:admingroup\n#_g_\\:admingroup = group,admin\n");
        Distribution.setProperty(users, "karaf", "karaf,_g_:admingroup");
        Distribution.setProperty(users, "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh");
        assertEquals(List.of("karaf = karaf,_g_:admingroup", "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh"),
                Files.readAllLines(users));
    }

    @Test
    void logScanFlagsOnlyOtherBundles() {
        String p = "2026-11-22T04:13:25,874 | INFO  | features-3-thread-1 | FeaturesServiceImpl              | "
                + "19 - org.apache.karaf.features.core - 4.4.10 | ";
        List<String> quiet = List.of(p + "Changes to perform:", p + "  Region: root", p + "    Bundles to uninstall:",
                p + "      sotay-notices-impl/0.1.0.SNAPSHOT", p + "Stopping bundles:",
                p + "  sotay-notices-impl/0.1.0.SNAPSHOT", p + "Uninstalling bundles:",
                p + "  sotay-notices-impl/0.1.0.SNAPSHOT", p + "Refreshing bundles:",
                p + "  sotay-notices-impl/0.1.0.SNAPSHOT (Bundle will be uninstalled)", p + "Done.",
                "2026-11-22T04:13:26,000 | INFO  | other | SomethingElse | 1 - x | Stopping bundles:",
                "2026-11-22T04:13:26,000 | INFO  | other | SomethingElse | 1 - x |   sotay-platform-core/0.1.0");
        assertEquals(List.of(), HotDeployIT.disturbedBundles(quiet));
        List<String> storm = List.of(p + "Refreshing bundles:",
                p + "  sotay-notices-impl/0.1.0.SNAPSHOT (Bundle will be uninstalled)",
                p + "  sotay-platform-jpa/0.1.0.SNAPSHOT (Wired to sotay-notices-impl/0.1.0.SNAPSHOT which is being refreshed)",
                p + "Starting bundles:", p + "  sotay-platform-rest/0.1.0.SNAPSHOT", p + "Stopping bundles:",
                p + "  org.apache.aries.jpa.container/2.7.3", p + "Done.");
        List<String> found = HotDeployIT.disturbedBundles(storm);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Refreshing: sotay-platform-jpa/"), found.toString());
        assertTrue(found.get(1).startsWith("Stopping: org.apache.aries.jpa.container/"), found.toString());
    }
}
