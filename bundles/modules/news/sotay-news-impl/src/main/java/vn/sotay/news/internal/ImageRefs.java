package vn.sotay.news.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The module's images that sanitised article HTML shows: every {@code src="…"} whose URL is
 * {@code /api/news/images/<sha256>} (or the same path on any http/https host, as a browser pastes
 * it), with an optional known {@code variant}; any other query parameter ({@code exp}, {@code sig})
 * is dropped. A small scanner over the sanitiser's output (double-quoted attributes, entities
 * encoded), linear in the length of the HTML. Pure.
 */
final class ImageRefs {
    private static final String SRC = "src=\"";

    /** One image reference: the attribute value's place in the HTML, the image id and the variant kept (or null). */
    record Ref(int start, int end, String id, String variant) {
        /** The stored (unsigned) URL: {@code /api/news/images/<id>[?variant=<v>]}. */
        String canonical() {
            return ImagePaths.URL + id + (variant == null ? "" : "?variant=" + variant);
        }
    }

    private ImageRefs() {
    }

    /** Every image reference, in order. */
    static List<Ref> scan(String html) {
        List<Ref> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        for (int at = html.indexOf(SRC); at >= 0; at = html.indexOf(SRC, at)) {
            int start = at + SRC.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            Ref r = parse(decode(html.substring(start, end)), start, end);
            if (r != null) {
                out.add(r);
            }
            at = end + 1;
        }
        return out;
    }

    /** The distinct image ids shown. */
    static Set<String> ids(String html) {
        Set<String> ids = new LinkedHashSet<>();
        scan(html).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** {@code html} with each reference's URL replaced by {@code url} of it (an unencoded URL; encoded here). */
    static String rewrite(String html, Function<Ref, String> url) {
        List<Ref> refs = scan(html);
        if (refs.isEmpty()) {
            return html;
        }
        StringBuilder b = new StringBuilder(html.length() + 80 * refs.size());
        int from = 0;
        for (Ref r : refs) {
            b.append(html, from, r.start()).append(url.apply(r).replace("&", "&amp;"));
            from = r.end();
        }
        return b.append(html, from, html.length()).toString();
    }

    /** The HTML as stored: every image URL canonical (relative, unsigned). */
    static String unsigned(String html) {
        return html == null ? null : rewrite(html, Ref::canonical);
    }

    private static Ref parse(String url, int start, int end) {
        String u = url.strip();
        int path = 0;
        if (u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7)) {
            path = u.indexOf('/', u.indexOf("//") + 2);
            if (path < 0) {
                return null;
            }
        }
        if (!u.startsWith(ImagePaths.URL, path)) {
            return null;
        }
        int id = path + ImagePaths.URL.length();
        int idEnd = id;
        while (idEnd < u.length() && hex(u.charAt(idEnd))) {
            idEnd++;
        }
        if (idEnd - id != 64 || idEnd < u.length() && u.charAt(idEnd) != '?' && u.charAt(idEnd) != '#') {
            return null;
        }
        String variant = null;
        if (idEnd < u.length() && u.charAt(idEnd) == '?') {
            int q = u.indexOf('#', idEnd);
            for (String p : u.substring(idEnd + 1, q < 0 ? u.length() : q).split("&")) {
                if (p.startsWith("variant=") && ImagePaths.VARIANTS.containsKey(p.substring(8))) {
                    variant = p.substring(8);
                }
            }
        }
        return new Ref(start, end, u.substring(id, idEnd), variant);
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /** Decodes the entities the sanitiser writes in attribute values ({@code &amp;}, {@code &#61;}, {@code &#x3d;}). */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = -1;
            for (int j = i + 1; c == '&' && j < Math.min(s.length(), i + 12) && semi < 0; j++) {
                semi = s.charAt(j) == ';' ? j : -1; // entities are short: the scan stays linear
            }
            if (semi < 0) {
                b.append(c);
                continue;
            }
            String e = s.substring(i + 1, semi);
            int cp = switch (e) {
                case "amp" -> '&';
                case "quot" -> '"';
                case "lt" -> '<';
                case "gt" -> '>';
                case "apos" -> '\'';
                default -> number(e);
            };
            if (cp < 0) {
                b.append(c);
                continue;
            }
            b.appendCodePoint(cp);
            i = semi;
        }
        return b.toString();
    }

    private static int number(String e) {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
