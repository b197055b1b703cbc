package vn.sotay.news.internal;

import java.util.Map;

/** Where images are served and which variants exist: shared by {@link NewsImages} and its helpers, a leaf. */
final class ImagePaths {
    /** Path of an image by its id (SHA-256). */
    static final String URL = "/api/news/images/";
    /** Variant name → width in pixels; an image narrower than a variant gets none of that name. */
    static final Map<String, Integer> VARIANTS = Map.of("thumb", 320, "phone", 720);

    private ImagePaths() {
    }
}
