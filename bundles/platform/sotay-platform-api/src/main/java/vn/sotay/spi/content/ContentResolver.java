package vn.sotay.spi.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.Caller;
import vn.sotay.api.content.ResolvedContent;

/**
 * A module's answer to "what is {@code type:id} for this person?", so that other modules can refer
 * to its content without importing it ({@link vn.sotay.api.content.ContentService}).
 *
 * <p>Registered as a DS service with {@link #TYPE} (and {@link vn.sotay.spi.module.SotayModule#MODULE}).
 * While it is registered, references of its type resolve; when its module is uninstalled they come
 * back unavailable. Called on request threads: answer from memory or with one query for all ids.
 *
 * <p>Example (the news module): <pre>
 * &#64;Component(property = {ContentResolver.TYPE + "=article", SotayModule.MODULE + "=news"})
 * public class ArticleResolver implements ContentResolver {
 *     public Map&lt;String, ResolvedContent&gt; resolve(Caller c, Collection&lt;String&gt; ids) { ... }
 * }</pre>
 */
@ConsumerType
public interface ContentResolver {
    /** Service property: the content type resolved ({@code article}). */
    String TYPE = "sotay.content.type";

    /**
     * The ids the caller may open now, resolved; an id absent from the answer (unknown, malformed,
     * deleted, not readable by {@code caller}) is shown as unavailable. Decide readability with the
     * same rule as the module's own read endpoint.
     */
    Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids);

    /**
     * The ids that are decimal numbers of at most 18 digits, as longs, for a module whose ids are
     * database keys; any other id names nothing and is left out (it comes back unavailable).
     *
     * @since 1.1
     */
    static List<Long> numericIds(Collection<String> ids) {
        return ids.stream().filter(i -> !i.isEmpty() && i.length() <= 18 && i.chars().allMatch(c -> c >= '0' && c <= '9'))
                .map(Long::valueOf).toList();
    }
}
