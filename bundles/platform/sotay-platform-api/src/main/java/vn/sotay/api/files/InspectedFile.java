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
 */
public record InspectedFile(FileKind kind, long size, String sha256, String text, int pages) {
}
