package vn.sotay.api.files;

import java.nio.file.Path;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.ProblemException;

/**
 * Checks an uploaded file before a module stores it, and extracts its text for full-text search.
 *
 * <p>The kind is decided by the content (magic bytes, then a full parse), never by the name or
 * the client's {@code Content-Type}. A file is refused, with a Vietnamese {@link ProblemException}
 * on the field {@code file}, when it is
 * <ul>
 * <li>larger than {@code maxBytes}: 413 {@link ProblemException#tooLarge};</li>
 * <li>empty: 400;</li>
 * <li>of a kind not in {@code accepted} (an executable, a ZIP, a legacy {@code .doc}): 400;</li>
 * <li><em>disguised</em>: its name's extension announces another kind than its content
 * ({@code bao-cao.pdf} holding a PNG or a program): 400;</li>
 * <li>corrupt: the content starts like an accepted kind but does not parse (a truncated PDF, a
 * ZIP without a Word document inside), or is encrypted so that its text cannot be read: 400.</li>
 * </ul>
 * Nothing is written anywhere: the caller stores the file only after this returns.
 *
 * <p>Thread-safe; extraction of a large PDF takes up to a few seconds, so call it outside any
 * database transaction.
 */
@ProviderType
public interface FileInspector {

    /** Longest text returned; the rest of a very long document is not indexed. */
    int MAX_TEXT = 2_000_000;

    /**
     * @param fileName the name the user gave the file (may be {@code null}: then only the content
     *                 decides)
     * @param content  the uploaded bytes, already on disk
     * @param accepted the kinds this upload may be
     * @param maxBytes the largest size accepted
     * @throws ProblemException when the file is refused (see above)
     */
    InspectedFile inspect(String fileName, Path content, Set<FileKind> accepted, long maxBytes);
}
