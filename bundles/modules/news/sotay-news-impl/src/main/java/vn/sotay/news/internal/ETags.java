package vn.sotay.news.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong validators for conditional GET: an article's tag changes with every saved change (version
 * number and update time) and with what the representation shows besides (views for managers);
 * a feed page's tag is a digest of its items' tags and its next cursor. Pure: the values of strong
 * {@code EntityTag}s (which need a JAX-RS runtime to be built).
 */
final class ETags {
    private ETags() {
    }

    static String article(Article a, Long shownViews) {
        return (a.id() + "-" + a.version() + "-" + a.updatedAt().toEpochMilli() + "-" + a.status()
                + (shownViews == null ? "" : "-" + shownViews));
    }

    static String feed(Iterable<ArticleItem> items, String next) {
        StringBuilder s = new StringBuilder();
        for (ArticleItem i : items) {
            s.append(i.id()).append(':').append(i.version()).append(':').append(i.updatedAt().toEpochMilli())
                    .append(';');
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
