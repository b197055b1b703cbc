package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed image URLs: stable for a day, valid one to two days, refused when tampered with or expired. */
class ImageSignerTest {
    static final String ID = "ab".repeat(32);
    static final String OTHER = "cd".repeat(32);
    static final Instant NOON = Instant.parse("2025-06-10T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void urlsAreStableForADayAndValidOneToTwoDays() {
        ImageSigner s = ImageSigner.load(dir.resolve("image-key"));
        long exp = ImageSigner.expiry(NOON);
        assertEquals(Instant.parse("2025-06-12T00:00:00Z").getEpochSecond(), exp);
        assertEquals(exp, ImageSigner.expiry(Instant.parse("2025-06-10T00:00:00Z")), "the same all day");
        assertEquals(exp, ImageSigner.expiry(Instant.parse("2025-06-10T23:59:59Z")));
        String url = s.url(ID, "thumb", exp);
        Map<String, String> q = NewsImagesTest.query(url);
        assertEquals("/api/news/images/" + ID + "?variant=thumb&exp=" + exp + "&sig=" + q.get("sig"), url);
        assertEquals(43, q.get("sig").length(), "base64url of 32 bytes, no padding");
        assertTrue(s.valid(ID, q.get("exp"), q.get("sig"), NOON));
        assertTrue(s.valid(ID, q.get("exp"), q.get("sig"), Instant.parse("2025-06-11T23:59:59Z")), "valid until exp");
        assertFalse(s.valid(ID, q.get("exp"), q.get("sig"), Instant.parse("2025-06-12T00:00:00Z")), "expired");
    }

    @Test
    void aTamperedSignatureExpiryOrImageIsRefused() {
        ImageSigner s = ImageSigner.load(dir.resolve("image-key"));
        long exp = ImageSigner.expiry(NOON);
        String sig = s.signature(ID, exp);
        char last = sig.charAt(sig.length() - 1);
        String flipped = sig.substring(0, sig.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(s.valid(ID, String.valueOf(exp), flipped, NOON), "signature changed");
        assertFalse(s.valid(ID, String.valueOf(exp + ImageSigner.DAY), sig, NOON), "expiry moved");
        assertFalse(s.valid(OTHER, String.valueOf(exp), sig, NOON), "another image");
        // a validly signed expiry further than any URL handed out now is refused too
        long far = exp + 30 * ImageSigner.DAY;
        assertFalse(s.valid(ID, String.valueOf(far), s.signature(ID, far), NOON));
        for (String[] bad : new String[][] {{null, sig}, {String.valueOf(exp), null}, {"", sig}, {"-1", sig},
                {"9".repeat(40), sig}, {"1e9", sig}, {String.valueOf(exp), sig + "x".repeat(100)}}) {
            assertFalse(s.valid(ID, bad[0], bad[1], NOON), String.join(",", String.valueOf(bad[0])));
        }
        // another key signs differently
        assertNotEquals(sig, ImageSigner.load(dir.resolve("other-key")).signature(ID, exp));
    }

    @Test
    void theKeyIsGeneratedOnceReadableByTheOwnerOnly() throws IOException {
        Path key = dir.resolve("news").resolve("image-key");
        String sig = ImageSigner.load(key).signature(ID, 1);
        assertEquals(sig, ImageSigner.load(key).signature(ID, 1), "kept across restarts");
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
        assertEquals(32, java.util.Base64.getDecoder().decode(Files.readString(key).strip()).length);
    }
}
