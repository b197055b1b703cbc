package vn.sotay.platform.core.internal.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell password generated at first start into etc/users.properties. */
class ShellPasswordTest {
    static final List<String> SHIPPED = List.of("# Karaf shell users", ShellPassword.MARKER,
            "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh");

    @Test
    void theMarkerBecomesAUserWithARandomPasswordInAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.properties");
        Files.write(file, SHIPPED, StandardCharsets.ISO_8859_1);
        String pw = ShellPassword.generate(file, new SecureRandom()).orElseThrow();
        assertTrue(pw.length() >= 20 && pw.chars().allMatch(Character::isLetterOrDigit), pw);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        assertEquals(List.of("# Karaf shell users", "karaf = " + pw + ",_g_:admingroup", SHIPPED.get(2)), lines);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.exists(dir.resolve("users.properties.new")), "no temporary file left");
    }

    @Test
    void itRunsOnceAndNeverReplacesAnExistingUser(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.properties");
        Files.write(file, SHIPPED, StandardCharsets.ISO_8859_1);
        String first = ShellPassword.generate(file, new SecureRandom()).orElseThrow();
        List<String> after = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        assertTrue(ShellPassword.generate(file, new SecureRandom()).isEmpty(), "second start: the marker is gone");
        assertEquals(after, Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        Path own = dir.resolve("own.properties");
        List<String> operator = List.of("karaf = chosen-by-the-operator,_g_:admingroup", ShellPassword.MARKER);
        Files.write(own, operator, StandardCharsets.ISO_8859_1);
        assertTrue(ShellPassword.generate(own, new SecureRandom()).isEmpty());
        assertEquals(operator, Files.readAllLines(own, StandardCharsets.ISO_8859_1));
        assertTrue(ShellPassword.generate(dir.resolve("absent.properties"), new SecureRandom()).isEmpty());
        Path again = dir.resolve("again.properties");
        Files.write(again, SHIPPED, StandardCharsets.ISO_8859_1);
        assertNotEquals(first, ShellPassword.generate(again, new SecureRandom()).orElseThrow(), "random per install");
    }
}
