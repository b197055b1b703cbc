package vn.sotay.api.content;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * Resolves references to other modules' content for a caller, through the owners'
 * {@link vn.sotay.spi.content.ContentResolver}s: a referrer imports no other module and reads no
 * other module's table. Provided by the core; also served as {@code GET /api/content?ref=...}.
 *
 * <p>Each owner is asked once per call for all of its references (no query per reference). A
 * reference whose type has no resolver registered now (its module is uninstalled), whose content
 * is gone, or that the caller may not read comes back {@link ResolvedContent#unavailable}.
 */
@ProviderType
public interface ContentService {
    /** Most references resolved in one call (within the REST layer's 50 query parameters). */
    int MAX_REFS = 40;

    /**
     * The references as {@code caller} sees them, in the order given.
     *
     * @throws vn.sotay.api.ProblemException 400 for more than {@link #MAX_REFS} references
     */
    List<ResolvedContent> resolve(Caller caller, List<ContentRef> refs);
}
