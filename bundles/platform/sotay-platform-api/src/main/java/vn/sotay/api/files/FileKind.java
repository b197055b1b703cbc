package vn.sotay.api.files;

/** The kinds of file the platform recognises by their content (never by their name alone). */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

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
}
