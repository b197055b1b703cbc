package vn.sotay.news.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.LoggerFactory;

import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

/**
 * The narrower copies of an uploaded image ({@link NewsImages#VARIANTS}), made without ever holding
 * the full-resolution picture: decoded with source subsampling to about twice the widest variant and
 * at most {@link #DECODED_MAX} pixels, then scaled down by halves. JPEG stays JPEG, the others become
 * PNG (a GIF's first frame); none for WebP (the JDK has no codec) or when the JDK cannot decode it
 * (a CMYK JPEG): the original is served then.
 */
final class ImageVariants {
    /** Most pixels held while making the variants (16 MB as ARGB). */
    static final long DECODED_MAX = 4_000_000;

    private ImageVariants() {
    }

    /** Variant name → encoded bytes, narrowest first; empty when the image is not wider than any variant. */
    static Map<String, byte[]> make(Path file, InspectedFile f) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        int widest = ImagePaths.VARIANTS.values().stream().filter(w -> f.width() > w).max(Integer::compare).orElse(0);
        if (widest == 0 || f.kind() == FileKind.WEBP) {
            return out;
        }
        BufferedImage img;
        try {
            img = decode(file, f, 2 * widest);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ImageVariants.class).info("No variants of {}: {}", f.sha256(), e.toString());
            return out;
        }
        String format = f.kind() == FileKind.JPEG ? "jpeg" : "png";
        ImagePaths.VARIANTS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(v -> {
            if (f.width() > v.getValue() && img.getWidth() >= v.getValue()) {
                out.put(v.getKey(), encode(scale(img, v.getValue()), format));
            }
        });
        return out;
    }

    /** The first image of the file, subsampled to about {@code width} pixels across and at most {@link #DECODED_MAX} pixels. */
    static BufferedImage decode(Path file, InspectedFile f, int width) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(f.kind().name().toLowerCase(Locale.ROOT));
            if (in == null || !readers.hasNext()) {
                throw new IOException("no ImageIO reader for " + f.kind());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int step = Math.max(1, w / width);
                step = Math.max(step, (int) Math.ceil(Math.sqrt((double) w * h / DECODED_MAX)));
                ImageReadParam p = reader.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, p);
            } finally {
                reader.dispose();
            }
        }
    }

    /** {@code img} scaled to {@code width}, keeping its proportions: halved while twice as wide, then once more. */
    static BufferedImage scale(BufferedImage img, int width) {
        BufferedImage cur = img;
        while (cur.getWidth() / 2 >= width) {
            cur = resize(cur, cur.getWidth() / 2, img);
        }
        return resize(cur, width, img);
    }

    private static BufferedImage resize(BufferedImage from, int width, BufferedImage original) {
        int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
        boolean alpha = from.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
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
                Graphics2D g = src.createGraphics();
                g.drawImage(img, 0, 0, null);
                g.dispose();
            }
            if (!ImageIO.write(src, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
