package vn.sotay.api.files;

/**
 * What {@link FileInspector#inspect} found in an upload that passed every check.
 *
 * @param kind   what the content is
 * @param size   bytes
 * @param sha256 lower-case hex SHA-256 of the content, a name to store it under
 * @param text   the extracted plain text (NFC, whitespace collapsed), empty for images and for
 *               documents without a text layer (scans); at most {@link FileInspector#MAX_TEXT} chars
 * @param pages  pages of a PDF, 0 for other kinds
 * @param width  pixels across of an image, read from its header (since 1.1); 0 for documents
 * @param height pixels down of an image, read from its header (since 1.1); 0 for documents. For a
 *               GIF both are its logical screen (the area browsers show)
 */
public record InspectedFile(FileKind kind, long size, String sha256, String text, int pages, int width, int height) {

    /** A document's result, without dimensions (the 1.0 constructor, kept for source compatibility). */
    public InspectedFile(FileKind kind, long size, String sha256, String text, int pages) {
        this(kind, size, sha256, text, pages, 0, 0);
    }
}
