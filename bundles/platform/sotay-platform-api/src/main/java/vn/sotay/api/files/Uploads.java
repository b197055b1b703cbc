package vn.sotay.api.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import vn.sotay.api.ProblemException;

/**
 * The two steps every upload takes before the {@link FileInspector} sees it, bounded the same way in
 * every module: the file's name as the client sent it, and the body received into a temporary file.
 * An upload is {@code POST …/files?name=<file name>} with the raw bytes as the body.
 *
 * @since 1.2
 */
public final class Uploads {
    /** The longest file name kept, in characters. */
    public static final int MAX_NAME = 255;

    private Uploads() {
    }

    /**
     * The uploaded file's name: NFC, only its last path segment (a client's {@code C:\tmp\a.pdf} or
     * {@code ../a.pdf} is {@code a.pdf}), without control characters or quotes, stripped.
     *
     * @param raw the {@code name} query parameter as received ({@code null}: absent)
     * @param example a file name shown in the Vietnamese problem when the name is missing
     *     ({@code so-do.png})
     * @throws ProblemException 400 (field {@code name}) when nothing is left or it is longer than
     *     {@link #MAX_NAME}
     */
    public static String fileName(String raw, String example) {
        String n = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            throw ProblemException.invalid("name", "Thiếu tên tệp (tham số name), ví dụ name=" + example + ".");
        }
        if (n.length() > MAX_NAME) {
            throw ProblemException.invalid("name", "Tên tệp không được dài quá " + MAX_NAME + " ký tự.");
        }
        return n;
    }

    /**
     * Streams {@code body} into a new temporary file in {@code dir} ({@code null}: the JVM's
     * temporary folder) and closes it. Beyond {@code maxBytes} it reads a bounded rest of the body (at
     * most four times the limit, so that the client gets the answer rather than a reset connection),
     * deletes the file and throws a 413 problem: nothing is left behind. The caller deletes the file
     * it gets once it has inspected and stored it.
     *
     * @param tooLarge the Vietnamese detail of the 413 ("Tệp … không được lớn hơn 10 MB.")
     */
    public static Path receive(InputStream body, long maxBytes, Path dir, String tooLarge) {
        try {
            Path tmp = dir == null ? Files.createTempFile("sotay-upload-", ".part")
                    : Files.createTempFile(Files.createDirectories(dir), "upload-", ".part");
            try (InputStream in = body; OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int n; in != null && (n = in.read(buf)) > 0;) {
                    total += n;
                    if (total > maxBytes) {
                        in.skip(4 * maxBytes);
                        throw ProblemException.tooLarge(tooLarge);
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
