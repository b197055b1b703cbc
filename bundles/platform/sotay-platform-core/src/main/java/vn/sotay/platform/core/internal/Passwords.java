package vn.sotay.platform.core.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, OWASP's 600,000 iterations by default, encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the cost can be raised later without
 * invalidating stored hashes.
 */
final class Passwords {
    static final int OWASP_ITERATIONS = 600_000;
    /** Longest password: a new one is refused beyond it, a login with a longer one is not even hashed. */
    static final int MAX_LENGTH = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pbkdf2-sha256";

    private Passwords() {
    }

    static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * A stored-hash string that no password matches and whose {@link #verify} costs exactly what a real
     * hash of {@code iterations} costs (a random salt and a random 256-bit "hash": the derivation runs in
     * full, the comparison fails). Logins of unknown accounts verify against it, so they take as long
     * as wrong passwords; made without deriving anything (a real hash here cost a full PBKDF2 at every
     * activation, on the bundle-start thread of the boot: docs/performance.md, "Boot").
     */
    static String decoy(int iterations) {
        byte[] salt = new byte[16];
        byte[] hash = new byte[32];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static boolean verify(String password, String stored) {
        String[] p = stored.split("\\$");
        if (p.length != 4 || !PREFIX.equals(p[0])) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(p[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(p[2]), Integer.parseInt(p[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Rules for a new password, or {@code null} when acceptable. */
    static String weakness(String password) {
        if (password == null || password.length() < 8) {
            return "Mật khẩu phải có ít nhất 8 ký tự";
        }
        if (password.length() > MAX_LENGTH) {
            return "Mật khẩu không được dài quá " + MAX_LENGTH + " ký tự";
        }
        if (password.chars().allMatch(Character::isDigit) || password.chars().allMatch(Character::isLetter)) {
            return "Mật khẩu phải gồm cả chữ và số hoặc ký tự đặc biệt";
        }
        return null;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
