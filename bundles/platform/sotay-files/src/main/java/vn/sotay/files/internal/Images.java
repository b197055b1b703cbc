package vn.sotay.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;

/**
 * Images: dimensions read from the header (ImageIO's {@code getWidth}/{@code getHeight}, which read
 * no pixel; WebP's first chunk by hand, the JDK having no WebP codec), refused beyond
 * {@link FileInspector#MAX_PIXELS} before anything is decoded; then PNG, JPEG and GIF (first frame)
 * decoded whole to prove they are images, keeping at most about 1024×1024 pixels in memory (every
 * row is still read). JPEG is read as a raster, so CMYK photos pass.
 */
final class Images {
    private static final int SIDE = 1024;

    /** What the header declares; {@code pixels} is what a decoder would allocate (for a GIF the larger of screen and first frame). */
    record Size(int width, int height, long pixels) {
    }

    private Images() {
    }

    /** Header, budget, then the decoding proof (not for WebP). */
    static Parsed read(Path file, FileKind kind, Refusals refuse) throws IOException {
        if (kind == FileKind.WEBP) {
            Size s = budget(webpSize(file), refuse);
            return Parsed.image(s.width(), s.height());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in, kind);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                Size s = budget(kind == FileKind.GIF ? gifSize(file, w, h) : new Size(w, h, (long) w * h), refuse);
                decode(reader, w, h);
                return Parsed.image(s.width(), s.height());
            } finally {
                reader.dispose();
            }
        }
    }

    private static Size budget(Size s, Refusals refuse) throws IOException {
        if (s.width() <= 0 || s.height() <= 0) {
            throw new IOException("no pixels");
        }
        if (s.pixels() > FileInspector.MAX_PIXELS) {
            throw refuse.tooManyPixels(s.width(), s.height());
        }
        return s;
    }

    private static ImageReader reader(ImageInputStream in, FileKind kind) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.name().toLowerCase(Locale.ROOT));
        if (in == null || !readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + kind);
        }
        return readers.next();
    }

    private static void decode(ImageReader reader, int w, int h) throws IOException {
        // libjpeg only warns when a file ends early and paints the rest grey: a truncated upload
        String[] truncated = new String[1];
        reader.addIIOReadWarningListener(new IIOReadWarningListener() {
            @Override
            public void warningOccurred(ImageReader source, String warning) {
                if (warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                    truncated[0] = warning;
                }
            }
        });
        ImageReadParam p = reader.getDefaultReadParam();
        int step = Math.max(1, (Math.max(w, h) + SIDE - 1) / SIDE);
        p.setSourceSubsampling(step, step, 0, 0);
        if (reader.canReadRaster()) {
            reader.readRaster(0, p);
        } else {
            reader.read(0, p);
        }
        if (truncated[0] != null) {
            throw new IOException(truncated[0]);
        }
    }

    /** A GIF shows its logical screen (bytes 6 to 9); a decoder allocates the larger of screen and first frame. */
    private static Size gifSize(Path file, int frameWidth, int frameHeight) throws IOException {
        byte[] b = head(file, 10);
        if (b.length < 10) {
            throw new IOException("no GIF screen descriptor");
        }
        int w = u16(b, 6);
        int h = u16(b, 8);
        return new Size(w, h, Math.max((long) w * h, (long) frameWidth * frameHeight));
    }

    /** Width and height of a WebP image from its first chunk (VP8X canvas, VP8 key frame, VP8L header). */
    static Size webpSize(Path file) throws IOException {
        byte[] b = head(file, 30);
        int w;
        int h;
        if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', 'X')) {
            w = 1 + u24(b, 24);
            h = 1 + u24(b, 27);
        } else if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', ' ') && starts(b, 23, 0x9D, 0x01, 0x2A)) {
            w = u16(b, 26) & 0x3FFF;
            h = u16(b, 28) & 0x3FFF;
        } else if (b.length >= 25 && starts(b, 12, 'V', 'P', '8', 'L') && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            w = (bits & 0x3FFF) + 1;
            h = (bits >>> 14 & 0x3FFF) + 1;
        } else {
            throw new IOException("no VP8, VP8L or VP8X chunk first");
        }
        return new Size(w, h, (long) w * h);
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
