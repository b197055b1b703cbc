package vn.sotay.news.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Article HTML on the way in: the OWASP Java HTML Sanitizer with the formatting an editor needs and
 * nothing else (no script or style, no event handlers, links only to http, https and mailto, images
 * only from http, https or this module's own {@code /api/news/images/}, whose URLs are then stored
 * unsigned: {@link ImageRefs#unsigned}). Also the plain text of an article for excerpts and the
 * search index. Thread-safe.
 */
final class HtmlSafety {
    private static final Pattern LINK = Pattern.compile("(?i)^\\s*(https?://|mailto:)\\S+$");
    private static final Pattern IMAGE = Pattern.compile("(?i)^\\s*(https?://\\S+|/api/news/images/[A-Za-z0-9._-]+(\\?[A-Za-z0-9=&._-]*)?)$");
    private static final Pattern SPAN = Pattern.compile("^[1-9][0-9]?$");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "h2", "h3", "h4", "ul", "ol", "li",
                    "blockquote", "a", "img", "table", "caption", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("td", "th")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<(br|/p|/h[1-6]|/li|/blockquote|/tr|/td|/th)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlSafety() {
    }

    /** The sanitised HTML, the module's image URLs without signature ({@code null} stays {@code null}). */
    static String sanitize(String html) {
        return html == null ? null : ImageRefs.unsigned(POLICY.sanitize(html));
    }

    /** Text without tags, entities decoded, whitespace collapsed: a quick strip of sanitised HTML. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String s = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" $0")).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String decode(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                try {
                    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                } catch (NumberFormatException ex) {
                    return "";
                }
        }
    }
}
