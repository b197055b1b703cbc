package vn.sotay.files.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import vn.sotay.api.files.FileKind;

/**
 * Decodes a PNG or JPEG whole with the JDK's ImageIO to prove it is one, keeping at most about
 * 1024×1024 pixels in memory (every row is still read). JPEG is read as a raster, so CMYK photos pass.
 */
final class Images {
    private static final int SIDE = 1024;

    private Images() {
    }

    static Parsed decode(Path file, FileKind kind) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind == FileKind.PNG ? "png" : "jpeg");
            if (in == null || !readers.hasNext()) {
                throw new IOException("no ImageIO reader for " + kind);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
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
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new IOException("no pixels");
                }
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
                return Parsed.IMAGE;
            } finally {
                reader.dispose();
            }
        }
    }
}
