package vn.sotay.news.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.LoggerFactory;

/**
 * Signed image URLs, for clients that cannot send a token with an {@code <img>} request:
 * {@code /api/news/images/{id}?variant=..&exp=<epoch seconds>&sig=<base64url HMAC-SHA256 of "id:exp">}.
 * The expiry is rounded to whole days (the end of the day after tomorrow's start, UTC): a URL is
 * valid for one to two days and stays the same all day, so clients and proxies may cache it. The
 * variant is not signed (every variant shows the same picture). The key is {@link #KEY_BYTES}
 * random bytes, generated once into a file readable by the service account only.
 */
final class ImageSigner {
    static final long DAY = 86_400;
    static final int KEY_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKeySpec key;

    ImageSigner(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("image key too short: " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** The signer whose key is in {@code file} (Base64), creating it with owner-only permissions when absent. */
    static ImageSigner load(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LoggerFactory.getLogger(ImageSigner.class).warn("{} is readable by others: chmod 600 it", file);
            }
            return new ImageSigner(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the image signing key " + file + " failed", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] k = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(k);
        byte[] text = (Base64.getEncoder().encodeToString(k) + "\n").getBytes(StandardCharsets.US_ASCII);
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        try (SeekableByteChannel c = posix(file) ? Files.newByteChannel(file, options,
                PosixFilePermissions.asFileAttribute(OWNER_ONLY)) : Files.newByteChannel(file, options)) {
            c.write(ByteBuffer.wrap(text));
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by another activation: use that one
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The expiry of URLs signed at {@code now}: the start of the second UTC day after today's. */
    static long expiry(Instant now) {
        return (Math.floorDiv(now.getEpochSecond(), DAY) + 2) * DAY;
    }

    /** Base64url (no padding) HMAC-SHA256 of {@code id:exp}. */
    String signature(String id, long exp) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] d = mac.doFinal((id + ":" + exp).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed URL of an image or of its variant ({@code null}: the original), valid until {@code exp}. */
    String url(String id, String variant, long exp) {
        return ImagePaths.URL + id + "?" + (variant == null ? "" : "variant=" + variant + "&") + "exp=" + exp + "&sig="
                + signature(id, exp);
    }

    /**
     * Whether {@code sig} signs {@code id} until {@code exp} and that time has not come; an expiry
     * further than {@link #expiry} of now (never handed out) is refused too.
     */
    boolean valid(String id, String exp, String sig, Instant now) {
        if (id == null || exp == null || sig == null || exp.isEmpty() || exp.length() > 12 || sig.length() > 64
                || !exp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long e = Long.parseLong(exp);
        if (e <= now.getEpochSecond() || e > expiry(now)) {
            return false;
        }
        return MessageDigest.isEqual(signature(id, e).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }
}
