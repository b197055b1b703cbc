package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemException;
import vn.sotay.testing.DerbyUnit;

/** Upload checks by content, storage once per content, variants made at upload. */
class NewsImagesTest {
    private static final Instant T = Instant.parse("2025-04-01T00:00:00Z");
    private static NewsStore store;

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        store = new NewsStore(new DerbyUnit("newsimages", NewsStore.spec()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static byte[] image(int w, int h, String format) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void magicBytesDecideTheType() throws IOException {
        assertEquals(ImageTypes.PNG, ImageTypes.sniff(image(2, 2, "png")));
        assertEquals(ImageTypes.JPEG, ImageTypes.sniff(image(2, 2, "jpeg")));
        assertEquals(ImageTypes.GIF, ImageTypes.sniff(image(2, 2, "gif")));
        byte[] webp = new byte[30];
        System.arraycopy("RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.ISO_8859_1), 0, webp, 0, 16);
        webp[24] = (byte) 0x3F; // width - 1 = 0x13F = 319 → 320
        webp[25] = 0x01;
        webp[27] = (byte) 0xEF; // height - 1 = 239 → 240
        assertEquals(ImageTypes.WEBP, ImageTypes.sniff(webp));
        assertArrayEquals(new int[] {320, 240}, ImageTypes.webpSize(webp));
        assertNull(ImageTypes.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertNull(ImageTypes.sniff("%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        assertNull(ImageTypes.sniff(new byte[0]));
    }

    @Test
    void anImageIsStoredOnceWithItsVariants() throws IOException {
        NewsImages images = new NewsImages(store, dir.resolve("a"));
        byte[] big = image(1000, 500, "jpeg");
        NewsImage i = images.upload(big, 5, T);
        assertEquals(NewsImages.sha256(big), i.id());
        assertEquals("/api/news/images/" + i.id(), i.url());
        assertEquals(ImageTypes.JPEG, i.mediaType());
        assertEquals(1000, i.width());
        assertEquals(500, i.height());
        assertEquals(Map.of("thumb", i.url() + "?variant=thumb", "phone", i.url() + "?variant=phone"), i.variants());
        assertEquals(i, images.upload(big, 6, T), "same bytes, same image");
        Map.Entry<String, byte[]> thumb = images.open(i.id(), "thumb").orElseThrow();
        assertEquals(ImageTypes.JPEG, thumb.getKey());
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.getValue()));
        assertEquals(320, t.getWidth());
        assertEquals(160, t.getHeight());
        assertEquals(720, ImageIO.read(new ByteArrayInputStream(images.open(i.id(), "phone").orElseThrow().getValue()))
                .getWidth());
        assertArrayEquals(big, images.open(i.id(), null).orElseThrow().getValue());
        assertTrue(images.open(i.id(), "huge").isEmpty());
        assertTrue(images.open("../../etc/passwd", null).isEmpty());
        assertTrue(images.open("0".repeat(64), null).isEmpty());

        NewsImage small = images.upload(image(200, 100, "png"), 5, T);
        assertEquals(Map.of(), small.variants(), "no upscaling");
        assertEquals(ImageTypes.PNG, images.open(small.id(), "thumb").orElseThrow().getKey(), "falls back to the original");
    }

    @Test
    void notAnImageTooLargeOrBrokenIsRefused() {
        NewsImages images = new NewsImages(store, dir.resolve("b"));
        ProblemException notImage = assertThrows(ProblemException.class,
                () -> images.upload("MZ\u0090\0 not a picture".getBytes(StandardCharsets.ISO_8859_1), 5, T));
        assertEquals(400, notImage.status());
        assertTrue(notImage.detail().contains("không phải là ảnh"), notImage.detail());
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        assertEquals(400, assertThrows(ProblemException.class, () -> images.upload(brokenPng, 5, T)).status());
        ProblemException tooLarge = assertThrows(ProblemException.class,
                () -> NewsImages.read(new ByteArrayInputStream(new byte[NewsImages.MAX_BYTES + 1])));
        assertEquals(413, tooLarge.status());
        assertEquals(NewsImages.MAX_BYTES, NewsImages.read(new ByteArrayInputStream(new byte[NewsImages.MAX_BYTES])).length);
    }
}
