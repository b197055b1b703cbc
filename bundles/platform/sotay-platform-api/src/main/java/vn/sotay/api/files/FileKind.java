package vn.sotay.api.files;

/**
 * The kinds of file the platform recognises by their content (never by their name alone).
 *
 * <p>Since 1.1: {@link #GIF} and {@link #WEBP} (images of news articles). A WebP image is checked
 * from its header only (the JDK has no WebP codec): its kind and dimensions are certain, its pixels
 * are not decoded.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type to serve the file with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, lower case, without the dot ({@code jpg} for JPEG). */
    public String extension() {
        return extension;
    }

    /** Whether this is a picture (PNG, JPEG, GIF, WebP): no text, {@link InspectedFile#width()} and height set. */
    public boolean image() {
        return this != PDF && this != DOCX;
    }
}
