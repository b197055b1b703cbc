package vn.sotay.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.files.Uploads;

/**
 * The attachments' bytes and extracted text as files under {@code ${karaf.data}/sotay/documents/files},
 * named by SHA-256 ({@code ab/abcd…} and {@code ab/abcd….txt}): no BLOBs, so the schema stays
 * portable and the files survive the module's reinstallation. Back the folder up with the database.
 * An upload is first streamed to {@code tmp/}, inspected, and only then {@link #keep kept}.
 */
@Component(service = AttachmentFiles.class)
public class AttachmentFiles {
    /** Largest attachment: a scanned resolution runs to a few MB, 20 MB leaves room. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path dir;

    public AttachmentFiles() {
        this(Paths.get(System.getProperty("karaf.data", "data"), "sotay", "documents", "files"));
    }

    AttachmentFiles(Path dir) {
        this.dir = dir;
    }

    /** Streams an upload to a temporary file; 413 (and nothing left behind) beyond {@code max} bytes. */
    Path receive(InputStream body, long max) {
        return Uploads.receive(body, max, dir.resolve("tmp"), "Tệp đính kèm không được lớn hơn " + max / (1024 * 1024) + " MB.");
    }

    /** Moves an inspected upload into the store with its text; idempotent for equal content. */
    void keep(Path tmp, InspectedFile f) {
        try {
            Path target = file(f.sha256());
            Files.createDirectories(target.getParent());
            Path text = target.resolveSibling(f.sha256() + ".txt");
            if (!Files.exists(text)) {
                Path t = Files.createTempFile(dir.resolve("tmp"), "text-", ".part");
                Files.writeString(t, f.text(), StandardCharsets.UTF_8);
                Files.move(t, text, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a temporary upload (refused, or failed to store). */
    void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // left in tmp/, harmless
        }
    }

    /** The stored bytes, if present. */
    Optional<Path> bytes(String sha256) {
        Path p = file(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** The stored extracted text, empty when none. */
    String text(String sha256) {
        try {
            Path p = file(sha256).resolveSibling(sha256 + ".txt");
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
