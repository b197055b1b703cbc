package vn.sotay.files.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.sotay.api.files.FileInspector;

/**
 * What a DOCX's central directory declares, checked before POI opens it: at most
 * {@link FileInspector#MAX_ZIP_ENTRIES} entries and {@link FileInspector#MAX_ZIP_EXPANDED} bytes
 * uncompressed in all. Nothing is inflated here.
 */
final class ZipBounds {
    /** The declared totals of a ZIP: entries and uncompressed bytes. */
    record Declared(int entries, long expanded) {
    }

    private ZipBounds() {
    }

    /** Counts the entries and sums their declared sizes; stops adding once the sum passes the bound. */
    static Declared read(Path file) throws IOException {
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            int entries = z.size();
            long expanded = 0;
            if (entries <= FileInspector.MAX_ZIP_ENTRIES) {
                for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements()
                        && expanded <= FileInspector.MAX_ZIP_EXPANDED;) {
                    long size = Math.max(0, e.nextElement().getSize());
                    expanded = size > FileInspector.MAX_ZIP_EXPANDED ? size : expanded + size; // no overflow
                }
            }
            return new Declared(entries, expanded);
        }
    }
}
