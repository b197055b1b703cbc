package vn.sotay.news.internal;

import java.util.Map;

/**
 * JSON of an uploaded image: {@code id} is its SHA-256 (uploading the same bytes twice gives the
 * same image); {@code variants} maps a variant name ({@code thumb} 320 px, {@code phone} 720 px
 * wide) to its URL.
 */
public record NewsImage(String id, String url, String mediaType, long bytes, int width, int height,
        Map<String, String> variants) {
}
