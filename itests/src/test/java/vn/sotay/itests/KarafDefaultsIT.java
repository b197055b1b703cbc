package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The distribution's first start (issue 9, item 12): no known shell password is shipped, a random
 * one is generated into etc/users.properties readable by its owner only, the log says where it is
 * and not what, SSH accepts only it and listens on 127.0.0.1 alone.
 */
@Order(1)
class KarafDefaultsIT {
    static final String LOGGED = "generated a random password for the Karaf shell user 'karaf' in ";

    static Path source() {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        return Path.of(System.getProperty(Distribution.DISTRIBUTION_PROPERTY,
                base.resolve("../karaf-assembly/target/assembly").toString())).toAbsolutePath().normalize();
    }

    @Test
    void theBuiltDistributionShipsNoShellPasswordAndBindsSshToLoopback() throws IOException {
        List<String> users = Files.readAllLines(source().resolve("etc/users.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(users.stream().noneMatch(l -> l.matches("\\s*karaf\\s*[=:].*")), "no karaf user line: " + users);
        assertTrue(users.contains("#sotay:generate-shell-password"), "the first-start marker: " + users);
        assertEquals(Optional.of("127.0.0.1"), Distribution.property(source().resolve("etc/org.apache.karaf.shell.cfg"), "sshHost"));
        assertEquals(Optional.of("0.0.0.0"), Distribution.property(source().resolve("etc/org.ops4j.pax.web.cfg"),
                "org.ops4j.pax.web.listening.addresses"), "HTTP's bind address is shipped explicitly, to be changed");
    }

    @Test
    void theFirstStartWritesARandomPasswordReadableByItsOwnerOnlyAndLogsWhereNotWhat() throws IOException {
        Distribution d = Distribution.get();
        String password = d.shellPassword();
        assertTrue(password.length() >= 20 && password.chars().allMatch(Character::isLetterOrDigit), password);
        Path users = d.home().resolve("etc/users.properties");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertFalse(Files.readString(users, StandardCharsets.ISO_8859_1).contains("#sotay:generate-shell-password"));
        String log = Files.readString(d.karafLog(), StandardCharsets.UTF_8);
        assertTrue(log.contains(LOGGED + users.toString()), "karaf.log says where the password is");
        assertFalse(log.contains(password), "karaf.log never holds the password");
        Path stdout = Path.of(System.getProperty(Distribution.STDOUT_PROPERTY, "target/karaf-it-stdout.log"));
        assertTrue(Files.readString(stdout, StandardCharsets.UTF_8).contains("has a new random password"),
                "the console says it too");
    }

    @Test
    void sshRefusesTheOldDefaultAndAcceptsTheGeneratedPassword() {
        Distribution d = Distribution.get();
        assertFalse(Shell.accepts("127.0.0.1", "karaf"), "karaf/karaf is no longer a login");
        assertTrue(Shell.accepts("127.0.0.1", d.shellPassword()));
        assertTrue(Shell.exec("echo ok").contains("ok"));
    }

    @Test
    void sshListensOnLoopbackOnly() throws IOException {
        Distribution d = Distribution.get();
        assertEquals(Optional.of("127.0.0.1"), Distribution.property(d.home().resolve("etc/org.apache.karaf.shell.cfg"), "sshHost"));
        Optional<InetAddress> other = nonLoopback();
        Assumptions.assumeTrue(other.isPresent(), "This machine has no non-loopback IPv4 address: the refusal of SSH on "
                + "another interface cannot be shown here (sshHost = 127.0.0.1 was checked in the configuration)");
        InetSocketAddress ssh = new InetSocketAddress(other.get(), Distribution.SSH_PORT);
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(ssh, 2000);
            }
        }, "SSH must refuse a connection on " + ssh);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(other.get(), Distribution.HTTP_PORT), 2000); // HTTP does listen there
        }
    }

    @Test
    void theShippedHeapSettingsReachTheJvm() {
        List<String> args = List.of(Distribution.get().process().info().arguments().orElse(new String[0]));
        assertTrue(args.contains("-Xmx1024M") && args.contains("-Xms128M"),
                "bin/setenv's JAVA_MAX_MEM/JAVA_MIN_MEM must become -Xmx/-Xms (Karaf 4.4's bin/inc ignores them): " + args);
    }

    private static Optional<InetAddress> nonLoopback() throws IOException {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
