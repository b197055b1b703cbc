package vn.sotay.news.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

/**
 * Article images: an upload is spooled to a file (at most {@link #MAX_BYTES}), checked by the
 * platform's {@link FileInspector} (kind by content, dimensions from the header, at most
 * {@link FileInspector#MAX_PIXELS}), stored once as a file named by its SHA-256 under
 * {@code ${karaf.data}/sotay/news/images} with its metadata in NEWS_IMAGE; the variants (thumbnail,
 * phone width) are made once at upload by {@link ImageVariants}. URLs handed to clients are signed
 * with the key in {@code ${karaf.data}/sotay/news/image-key} ({@link ImageSigner}).
 */
@Component(service = NewsImages.class)
public class NewsImages {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** What an article may show. */
    static final Set<FileKind> KINDS = EnumSet.of(FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP);
    /** An image id: its SHA-256 in lower-case hex. */
    static final Pattern ID = Pattern.compile("^[0-9a-f]{64}$");

    private final NewsStore store;
    private final FileInspector inspector;
    private final Path dir;
    private final ImageSigner signer;

    @Activate
    public NewsImages(@Reference NewsStore store, @Reference FileInspector inspector) {
        this(store, inspector, Paths.get(System.getProperty("karaf.data", "data"), "sotay", "news"));
    }

    /** {@code root}: the module's data folder, holding {@code images/} and {@code image-key}. */
    NewsImages(NewsStore store, FileInspector inspector, Path root) {
        this.store = store;
        this.inspector = inspector;
        this.dir = root.resolve("images");
        this.signer = ImageSigner.load(root.resolve("image-key"));
    }

    /**
     * Checks and stores an image (once per content): 413 beyond {@link #MAX_BYTES} or
     * {@link FileInspector#MAX_PIXELS}, 400 with a Vietnamese message on {@code file} if it is not
     * one of {@link #KINDS}. Answers the stored image (unsigned URLs).
     */
    NewsImage upload(InputStream body, long uploaderAccountId, Instant now) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".upload", ".tmp");
            try {
                spool(body, tmp);
                InspectedFile f = inspector.inspect(null, tmp, KINDS, MAX_BYTES);
                Optional<NewsImage> known = store.image(f.sha256());
                if (known.isPresent()) {
                    return known.get();
                }
                Map<String, byte[]> variants = ImageVariants.make(tmp, f);
                for (Map.Entry<String, byte[]> v : variants.entrySet()) {
                    write(dir.resolve(f.sha256() + "-" + v.getKey()), v.getValue());
                }
                Files.move(tmp, dir.resolve(f.sha256()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                return store.insertImage(f.sha256(), f.kind().mediaType(), f.size(), f.width(), f.height(),
                        List.copyOf(variants.keySet()), uploaderAccountId, now);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Storing an image in " + dir + " failed", e);
        }
    }

    /** Copies at most {@link #MAX_BYTES} + 1 bytes of the upload: 413 beyond the limit. */
    private static void spool(InputStream in, Path to) {
        try (OutputStream out = Files.newOutputStream(to)) {
            long n = in == null ? 0 : in.transferTo(new Bounded(out));
            if (n > MAX_BYTES) {
                throw tooLarge();
            }
        } catch (Bounded.Exceeded e) {
            throw tooLarge();
        } catch (IOException e) {
            throw ProblemException.invalid("file", "Không đọc được tệp tải lên.");
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "too-large", "Tệp quá lớn", "Ảnh không được lớn hơn 5 MB.", null);
    }

    /** The bytes and media type of an image or of one of its variants ({@code variant} null: the original). */
    Optional<Map.Entry<String, byte[]>> open(String key, String variant) {
        if (!ID.matcher(key == null ? "" : key).matches()) {
            return Optional.empty();
        }
        Optional<NewsImage> image = store.image(key);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        NewsImage i = image.get();
        Path file = dir.resolve(key);
        String type = i.mediaType();
        if (variant != null && i.variants().containsKey(variant)) {
            file = dir.resolve(key + "-" + variant);
            type = FileKind.JPEG.mediaType().equals(i.mediaType()) ? type : FileKind.PNG.mediaType();
        } else if (variant != null && !ImagePaths.VARIANTS.containsKey(variant)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(type, Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The links of one answer, signed now; {@code known}: the images looked up for it (covers). */
    ImageLinks links(Map<String, NewsImage> known) {
        return new ImageLinks(signer, known, Instant.now());
    }

    /** Whether {@code sig} signs image {@code key} until {@code exp}, not yet passed. */
    boolean signed(String key, String exp, String sig, Instant now) {
        return signer.valid(key, exp, sig, now);
    }

    private static void write(Path target, byte[] data) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        try {
            Files.write(tmp, data);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** An output stream that refuses more than {@link #MAX_BYTES} bytes. */
    private static final class Bounded extends java.io.FilterOutputStream {
        private long written;

        Bounded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int n) throws Exceeded {
            written += n;
            if (written > MAX_BYTES) {
                throw new Exceeded();
            }
        }

        /** Thrown once the upload passes the limit: the rest is not read. */
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }
}
