package vn.sotay.news.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;

/**
 * Article images: checked by content (magic bytes, then decoded), at most {@link #MAX_BYTES},
 * stored once as files named by their SHA-256 under {@code ${karaf.data}/sotay/news/images}, with
 * their metadata in NEWS_IMAGE; the variants (thumbnail, phone width) are made once at upload.
 */
@Component(service = NewsImages.class)
public class NewsImages {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Path of an image by its id (SHA-256). */
    static final String URL = "/api/news/images/";
    /** Variant name → width in pixels; an image narrower than a variant gets none of that name. */
    static final Map<String, Integer> VARIANTS = Map.of("thumb", 320, "phone", 720);
    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{64}$");

    private final NewsStore store;
    private final Path dir;

    @Activate
    public NewsImages(@Reference NewsStore store) {
        this(store, Paths.get(System.getProperty("karaf.data", "data"), "sotay", "news", "images"));
    }

    NewsImages(NewsStore store, Path dir) {
        this.store = store;
        this.dir = dir;
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes of an upload; 413 beyond the limit. */
    static byte[] read(InputStream in) {
        try {
            byte[] b = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw new ProblemException(413, "too-large", "Tệp quá lớn", "Ảnh không được lớn hơn 5 MB.", null);
            }
            return b;
        } catch (IOException e) {
            throw ProblemException.invalid("body", "Không đọc được tệp tải lên.");
        }
    }

    /** Checks and stores an image (once per content); 400 with a Vietnamese message if it is not one. */
    NewsImage upload(byte[] data, long uploaderAccountId, Instant now) {
        String type = ImageTypes.sniff(data);
        if (type == null) {
            throw ProblemException.invalid("body",
                    "Tệp tải lên không phải là ảnh. Chỉ nhận ảnh PNG, JPEG, WebP hoặc GIF (tối đa 5 MB).");
        }
        String sha = sha256(data);
        Optional<NewsImage> known = store.image(sha);
        if (known.isPresent()) {
            return known.get();
        }
        int width;
        int height;
        Map<String, byte[]> variants = new LinkedHashMap<>();
        if (ImageTypes.WEBP.equals(type)) {
            int[] size = ImageTypes.webpSize(data);
            if (size == null) {
                throw broken();
            }
            width = size[0];
            height = size[1]; // the JDK has no WebP codec: served as uploaded, without variants
        } else {
            BufferedImage img = decode(data);
            width = img.getWidth();
            height = img.getHeight();
            String format = ImageTypes.JPEG.equals(type) ? "jpeg" : "png";
            VARIANTS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(v -> {
                if (width > v.getValue()) {
                    variants.put(v.getKey(), encode(scale(img, v.getValue()), format));
                }
            });
        }
        try {
            Files.createDirectories(dir);
            write(dir.resolve(sha), data);
            for (Map.Entry<String, byte[]> v : variants.entrySet()) {
                write(dir.resolve(sha + "-" + v.getKey()), v.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Storing image " + sha + " in " + dir + " failed", e);
        }
        return store.insertImage(sha, type, data.length, width, height, List.copyOf(variants.keySet()),
                uploaderAccountId, now);
    }

    /** The bytes and media type of an image or of one of its variants ({@code variant} null: the original). */
    Optional<Map.Entry<String, byte[]>> open(String key, String variant) {
        if (key == null || !KEY.matcher(key).matches()) {
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
            type = ImageTypes.JPEG.equals(i.mediaType()) ? ImageTypes.JPEG : ImageTypes.PNG;
        } else if (variant != null && !VARIANTS.containsKey(variant)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(type, Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage decode(byte[] data) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
            if (img == null || img.getWidth() <= 0 || img.getHeight() <= 0) {
                throw broken();
            }
            return img;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw broken();
        }
    }

    /** {@code img} scaled to {@code width}, keeping its proportions (RGB for JPEG-safe output). */
    static BufferedImage scale(BufferedImage img, int width) {
        int height = Math.max(1, Math.round((float) img.getHeight() * width / img.getWidth()));
        boolean alpha = img.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(img, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BufferedImage src = img;
            if ("jpeg".equals(format) && img.getColorModel().hasAlpha()) {
                src = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
                src.createGraphics().drawImage(img, 0, 0, null);
            }
            if (!ImageIO.write(src, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private static ProblemException broken() {
        return ProblemException.invalid("body", "Ảnh bị hỏng hoặc không đọc được.");
    }
}
