package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileKind;
import vn.sotay.files.internal.FileInspectorImpl;
import vn.sotay.testing.DerbyUnit;

/** Uploads checked by the platform's inspector, stored once per content, variants made subsampled, answers signed. */
class NewsImagesTest {
    private static NewsStore store;
    private static NewsImages images;

    @BeforeAll
    static void open() {
        store = TestNews.store("newsimages", null);
        images = images(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The module's images on a fresh data folder under target/, checked by the real inspector. */
    static NewsImages images(NewsStore store) {
        try {
            return new NewsImages(store, new FileInspectorImpl(), Files.createTempDirectory(Path.of("target"), "news-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NewsImage upload(NewsImages images, byte[] bytes, long uploader) {
        return images.upload(new ByteArrayInputStream(bytes), uploader, Instant.now());
    }

    static byte[] image(int w, int h, String format) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The query parameters of a URL (no decoding needed: ours are plain). */
    static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        int at = url.indexOf('?');
        for (String p : at < 0 ? new String[0] : url.substring(at + 1).split("&")) {
            q.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return q;
    }

    /** {@code url} is the image's (or its variant's) URL with a signature valid now and for at least a day. */
    static void assertSigned(NewsImages images, String id, String variant, String url) {
        assertNotNull(url);
        assertTrue(url.startsWith("/api/news/images/" + id + "?"), url);
        Map<String, String> q = query(url);
        assertEquals(variant, q.get("variant"), url);
        assertTrue(images.signed(id, q.get("exp"), q.get("sig"), Instant.now()), url);
        assertTrue(images.signed(id, q.get("exp"), q.get("sig"), Instant.now().plusSeconds(ImageSigner.DAY)), url);
    }

    /** An 8-bit grey PNG of w×h with all-zero rows, deflated: tiny on disk. */
    static byte[] pngBomb(int w, int h) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat,
                new java.util.zip.Deflater(9), 65536)) {
            byte[] row = new byte[w + 1];
            for (int y = 0; y < h; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put(new byte[4]).array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void anImageIsStoredOnceWithItsVariants() throws IOException {
        byte[] big = image(1000, 500, "jpeg");
        NewsImage i = upload(images, big, 5);
        assertEquals("/api/news/images/" + i.id(), i.url(), "stored unsigned");
        assertEquals("image/jpeg", i.mediaType());
        assertEquals(1000, i.width());
        assertEquals(500, i.height());
        assertEquals(Map.of("thumb", i.url() + "?variant=thumb", "phone", i.url() + "?variant=phone"), i.variants());
        assertEquals(i, upload(images, big, 6), "same bytes, same image");
        Map.Entry<String, byte[]> thumb = images.open(i.id(), "thumb").orElseThrow();
        assertEquals("image/jpeg", thumb.getKey());
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.getValue()));
        assertEquals(320, t.getWidth());
        assertEquals(160, t.getHeight());
        assertEquals(720, ImageIO.read(new ByteArrayInputStream(images.open(i.id(), "phone").orElseThrow().getValue()))
                .getWidth());
        assertArrayEquals(big, images.open(i.id(), null).orElseThrow().getValue());
        assertTrue(images.open(i.id(), "huge").isEmpty());
        assertTrue(images.open("../../etc/passwd", null).isEmpty());
        assertTrue(images.open("0".repeat(64), null).isEmpty());

        NewsImage small = upload(images, image(200, 100, "png"), 5);
        assertEquals(Map.of(), small.variants(), "no upscaling");
        assertEquals("image/png", images.open(small.id(), "thumb").orElseThrow().getKey(), "falls back to the original");
    }

    @Test
    void theAnswerOfAnUploadIsSigned() {
        NewsImage i = upload(images, image(800, 600, "png"), 5);
        NewsImage answered = images.links(Map.of()).signed(i);
        assertSigned(images, i.id(), null, answered.url());
        assertSigned(images, i.id(), "thumb", answered.variants().get("thumb"));
        assertSigned(images, i.id(), "phone", answered.variants().get("phone"));
    }

    @Test
    void gifAndWebpAreAcceptedGifGetsPngVariantsWebpNone() {
        NewsImage gif = upload(images, image(800, 400, "gif"), 5);
        assertEquals("image/gif", gif.mediaType());
        assertEquals("image/png", images.open(gif.id(), "thumb").orElseThrow().getKey());
        byte[] webp = new byte[64];
        System.arraycopy("RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.ISO_8859_1), 0, webp, 0, 16);
        webp[24] = (byte) 0x1F; // width - 1 = 0x31F = 799 → 800
        webp[25] = 0x03;
        webp[27] = (byte) 0x8F; // height - 1 = 399 → 400
        webp[28] = 0x01;
        NewsImage w = upload(images, webp, 5);
        assertEquals("image/webp", w.mediaType());
        assertEquals(800, w.width());
        assertEquals(400, w.height());
        assertEquals(Map.of(), w.variants());
    }

    @Test
    void aPixelBombIsRefused413BeforeAnythingIsDecoded() {
        byte[] bomb = pngBomb(12_000, 12_000);
        long start = System.nanoTime();
        ProblemException e = assertThrows(ProblemException.class, () -> upload(images, bomb, 5));
        assertEquals(413, e.status());
        assertTrue(e.detail().contains("vượt giới hạn 40 triệu điểm ảnh"), e.detail());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused from the header");
    }

    @Test
    void variantsOfALargeImageAreMadeFromASubsampledDecode() {
        // 7000 × 5000 (35 MP, inside the budget): decoded at most DECODED_MAX pixels, never whole
        byte[] png = pngBomb(7000, 5000);
        Path file = Path.of("target", "subsampled-" + System.nanoTime() + ".png");
        try {
            Files.write(file, png);
            var f = new vn.sotay.api.files.InspectedFile(FileKind.PNG, png.length, "x", "", 0, 7000, 5000);
            BufferedImage decoded = ImageVariants.decode(file, f, 1440);
            assertTrue((long) decoded.getWidth() * decoded.getHeight() <= ImageVariants.DECODED_MAX,
                    decoded.getWidth() + "×" + decoded.getHeight());
            assertTrue(decoded.getWidth() >= 720, "still wide enough for the phone variant: " + decoded.getWidth());
            Map<String, byte[]> v = ImageVariants.make(file, f);
            assertEquals(java.util.Set.of("thumb", "phone"), v.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.toFile().delete();
        }
    }

    @Test
    void notAnImageTooLargeOrBrokenIsRefused() {
        ProblemException notImage = assertThrows(ProblemException.class,
                () -> upload(images, "MZ\u0090\0 not a picture".getBytes(StandardCharsets.ISO_8859_1), 5));
        assertEquals(400, notImage.status());
        assertEquals("Tệp tải lên là một chương trình máy tính, không phải loại tệp được nhận (chỉ nhận PNG, JPEG, GIF, "
                + "WEBP).", notImage.detail());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> upload(images, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), 5)).status());
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        assertEquals(400, assertThrows(ProblemException.class, () -> upload(images, brokenPng, 5)).status());
        InputStream huge = new ByteArrayInputStream(new byte[NewsImages.MAX_BYTES + 1]);
        ProblemException tooLarge = assertThrows(ProblemException.class, () -> images.upload(huge, 5, Instant.now()));
        assertEquals(413, tooLarge.status());
        assertEquals("Ảnh không được lớn hơn 5 MB.", tooLarge.detail());
    }
}
