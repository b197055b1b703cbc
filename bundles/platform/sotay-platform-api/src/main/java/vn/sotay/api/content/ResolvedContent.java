package vn.sotay.api.content;

import java.time.Instant;

/**
 * What a {@link ContentRef} is for one caller, at the moment it is resolved.
 *
 * <p>When {@link #available()} is false every other field but {@code ref} is {@code null}: the
 * owning module is not installed, the content no longer exists, or the caller may not read it. A
 * referrer then shows "no longer available" ("Nội dung không còn xem được") and never says which,
 * so a reference tells nobody what they may not know.
 *
 * @param ref       the reference
 * @param available the caller may open it now
 * @param title     its title (a document's number and title, an article's title)
 * @param url       the API path a client opens ({@code /api/documents/12})
 * @param typeLabel what kind of content it is, in Vietnamese ("Tài liệu", "Tin tức")
 * @param date      its date (issued, published), or {@code null}
 */
public record ResolvedContent(ContentRef ref, boolean available, String title, String url, String typeLabel,
        Instant date) {

    /** The answer for content the caller may not open. */
    public static ResolvedContent unavailable(ContentRef ref) {
        return new ResolvedContent(ref, false, null, null, null, null);
    }
}
