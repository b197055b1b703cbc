package vn.sotay.news.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The image URLs of one answer, all signed until the same expiry (see {@link ImageSigner}): the
 * covers, whose images were looked up beforehand ({@code known}, for their thumbnails), an upload's
 * answer, and every {@code <img>} of an article body (stored unsigned, signed on the way out).
 */
final class ImageLinks {
    private final ImageSigner signer;
    private final Map<String, NewsImage> known;
    private final long expiry;

    ImageLinks(ImageSigner signer, Map<String, NewsImage> known, Instant now) {
        this.signer = signer;
        this.known = known;
        this.expiry = ImageSigner.expiry(now);
    }

    /** The signed URL of an image or of its variant ({@code null}: the original). */
    String url(String id, String variant) {
        return signer.url(id, variant, expiry);
    }

    /** The cover's URL, {@code null} without a cover. */
    String cover(String id) {
        return id == null ? null : url(id, null);
    }

    /** The cover's 320 px thumbnail URL, when the image is known and has one. */
    String thumb(String id) {
        NewsImage i = id == null ? null : known.get(id);
        return i == null || !i.variants().containsKey("thumb") ? null : url(id, "thumb");
    }

    /** The body with every image of the module signed. */
    String body(String html) {
        return html == null ? null : ImageRefs.rewrite(html, r -> url(r.id(), r.variant()));
    }

    /** An upload's answer: its URL and its variants' signed. */
    NewsImage signed(NewsImage i) {
        Map<String, String> variants = new LinkedHashMap<>();
        i.variants().keySet().forEach(v -> variants.put(v, url(i.id(), v)));
        return new NewsImage(i.id(), url(i.id(), null), i.mediaType(), i.bytes(), i.width(), i.height(),
                Map.copyOf(variants));
    }
}
