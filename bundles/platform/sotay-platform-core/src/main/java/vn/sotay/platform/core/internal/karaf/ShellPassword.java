package vn.sotay.platform.core.internal.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start of a distribution: the shipped {@code etc/users.properties} holds no shell password,
 * only the line {@value #MARKER}. This component replaces that line with the user {@code karaf} and
 * a random password, atomically, leaves the file readable by the service account only, and says on
 * the console and in karaf.log where the password is (never the password itself in the log).
 * Karaf's properties login module reads the file at every login, so the user works at once.
 * Nothing happens without the marker, and an existing {@code karaf} user is never replaced.
 */
@Component(immediate = true)
public class ShellPassword {
    private static final Logger LOG = LoggerFactory.getLogger(ShellPassword.class);
    static final String MARKER = "#sotay:generate-shell-password";
    static final String USER = "karaf";
    static final int LENGTH = 24;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Pattern USER_LINE = Pattern.compile("^\\s*" + USER + "\\s*[=:].*");

    @Activate
    public ShellPassword(BundleContext context) {
        String etc = context.getProperty("karaf.etc");
        if (etc == null) {
            return; // not in Karaf
        }
        Path file = Path.of(etc, "users.properties");
        try {
            if (generate(file, new SecureRandom()).isPresent()) {
                String where = file.toAbsolutePath().normalize().toString();
                System.out.println("Sổ Tay: the Karaf shell user '" + USER + "' has a new random password, readable only by "
                        + "this service account, in " + where + " (docs/operations.md: changing it). SSH listens on 127.0.0.1.");
                LOG.warn("First start: generated a random password for the Karaf shell user '{}' in {} (owner read/write "
                        + "only). Read it there; change it as docs/operations.md describes.", USER, where);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not generate the Karaf shell password in {}: the shell has no user until one is set there "
                    + "(docs/operations.md)", file, e);
        }
    }

    /**
     * Replaces the marker line of {@code file} with a user {@value #USER} and a new password; returns
     * the password, or empty when there was nothing to do (no file, no marker, a user already there).
     */
    static Optional<String> generate(Path file, SecureRandom random) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().equals(MARKER)) {
                marker = i;
            } else if (USER_LINE.matcher(l).matches() && (i == 0 || !lines.get(i - 1).endsWith("\\"))) {
                return Optional.empty(); // never replace an operator's user
            }
        }
        if (marker < 0) {
            return Optional.empty();
        }
        StringBuilder pw = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            pw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        List<String> out = new ArrayList<>(lines);
        out.set(marker, USER + " = " + pw + ",_g_:admingroup");
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        boolean posix = Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
        try {
            if (posix) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(owner));
            } else {
                Files.createFile(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("A concurrent write of " + tmp, e);
        }
        Files.write(tmp, out, StandardCharsets.ISO_8859_1);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (posix) {
            Files.setPosixFilePermissions(file, owner);
        } else {
            LOG.warn("{} is not on a POSIX file system: restrict its permissions to the service account by hand", file);
        }
        return Optional.of(pw.toString());
    }
}
