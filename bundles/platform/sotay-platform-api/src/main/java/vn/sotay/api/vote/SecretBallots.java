package vn.sotay.api.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a secret ballot stays secret yet single, for every module that stores ballots.
 *
 * <p>Two tables, never joined: the <b>roll</b> (who has voted: vote id, member id, and nothing else:
 * no time, no choice) and the <b>box</b> (what was voted: vote id, a random ballot id, the choice, and
 * the {@link #hash hash} of a {@link #receipt() receipt}; no member id, no time). Casting inserts one
 * row into each in one transaction; the roll's primary key (vote, member) makes a second ballot
 * impossible even under concurrency. The receipt goes back to the voter only: presenting it again
 * replaces the box row with that hash (a change of mind until the vote closes) without the server
 * ever knowing whose row it is. A lost receipt means the ballot stays as cast. Counts are shown
 * only once the vote is closed.
 *
 * <p>What is not protected: somebody with the database files and insertion order (Derby heap pages)
 * could correlate a roll row with a box row written in the same transaction; box rows carry a random
 * id so that no key order leaks it, and the threat model (docs/security.md) leaves the database
 * files to the data-centre's custody.
 */
public final class SecretBallots {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretBallots() {
    }

    /** A fresh receipt: 128 random bits, URL-safe Base64 (22 characters). */
    public static String receipt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A random ballot id for a box row (32 hex characters), so that key order tells nothing. */
    public static String ballotId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** What the box stores of a receipt: SHA-256, hex (64 characters); {@code null} for a malformed receipt. */
    public static String hash(String receipt) {
        if (receipt == null || !receipt.matches("[A-Za-z0-9_-]{22}")) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(receipt.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
