package vn.sotay.news.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong validators for conditional GET: an article's tag changes with every saved change (version
 * number and update time) and with what the representation shows besides (views for managers, the
 * expiry of its signed image URLs, which moves once a day); a feed page's tag is a digest of its
 * items' tags, their cover URLs (signed) and its next cursor. The values of strong
 * {@code EntityTag}s (which need a JAX-RS runtime to be built).
 */
final class ETags {
    private ETags() {
    }

    static String article(Article a, Long shownViews) {
        boolean images = a.coverImageId() != null || a.body() != null && a.body().contains(ImagePaths.URL);
        return (a.id() + "-" + a.version() + "-" + a.updatedAt().toEpochMilli() + "-" + a.status()
                + (shownViews == null ? "" : "-" + shownViews)
                + (images ? "-e" + ImageSigner.expiry(java.time.Instant.now()) : ""));
    }

    static String feed(Iterable<ArticleItem> items, String next) {
        StringBuilder s = new StringBuilder();
        for (ArticleItem i : items) {
            s.append(i.id()).append(':').append(i.version()).append(':').append(i.updatedAt().toEpochMilli())
                    .append(':').append(i.coverUrl()).append(';');
        }
        s.append(next);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "f" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
