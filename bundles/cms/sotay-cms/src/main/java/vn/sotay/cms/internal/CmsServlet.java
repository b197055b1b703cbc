package vn.sotay.cms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

/**
 * Everything under {@code /cms}: the shell ({@code /cms/} and {@code /cms/app/*} from this
 * bundle's {@code /web} folder), the index of installed screens ({@code /cms/m/index.json}) and
 * each module's screen files ({@code /cms/m/<id>/*}) read straight from its bundle. Static files
 * only; no session is needed to fetch them (the data comes from {@code /api} with the cookie).
 */
final class CmsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
    /** Only this origin, no inline code: screens build DOM with ctx.h (docs/cms.md). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"), Map.entry("css", "text/css"), Map.entry("html", "text/html"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain"), Map.entry("ico", "image/x-icon"));

    private final transient Bundle own;
    private final transient ScreenRegistry registry;

    CmsServlet(Bundle own, ScreenRegistry registry) {
        this.own = own;
        this.registry = registry;
    }

    /** Every answer, whatever the method (a 405 for POST too), carries the security headers. */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        security(resp);
        super.service(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            serve(req, resp, Optional.ofNullable(own.getEntry("/web/index.html")), "html", stamp(own));
        } else if (path.startsWith("/app/")) {
            String rel = path.substring(5);
            serve(req, resp, safe(rel) ? Optional.ofNullable(own.getEntry("/web/" + rel)) : Optional.empty(), rel, stamp(own));
        } else if (path.equals("/m/index.json")) {
            resp.setHeader("Cache-Control", "no-store");
            resp.setContentType("application/json;charset=UTF-8");
            resp.getOutputStream().write(index(registry.stamps()).getBytes(StandardCharsets.UTF_8));
        } else if (path.startsWith("/m/")) {
            String rest = path.substring(3);
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            String rel = slash < 0 ? "" : rest.substring(slash + 1);
            Optional<ScreenRegistry.Screens> s = safe(rel) ? registry.get(id) : Optional.empty();
            serve(req, resp, s.flatMap(x -> x.entry(rel)), rel, s.map(ScreenRegistry.Screens::stamp).orElse(""));
        } else {
            notFound(resp);
        }
    }

    /** {"news":"<stamp>",...}: the screens installed now (ids are [a-z0-9-], stamps digits and '-'). */
    static String index(Map<String, String> stamps) {
        StringBuilder b = new StringBuilder("{");
        stamps.forEach((id, stamp) -> b.append(b.length() > 1 ? "," : "").append('"').append(id).append("\":\"")
                .append(stamp).append('"'));
        return b.append('}').toString();
    }

    static boolean safe(String rel) {
        return !rel.isEmpty() && SAFE_PATH.matcher(rel).matches() && !rel.contains("..") && !rel.startsWith("/")
                && !rel.endsWith("/");
    }

    private static String stamp(Bundle b) {
        return b.getBundleId() + "-" + b.getLastModified();
    }

    private static void serve(HttpServletRequest req, HttpServletResponse resp, Optional<URL> url, String name,
            String stamp) throws IOException {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        String type = TYPES.get(ext);
        if (url.isEmpty() || type == null) {
            notFound(resp);
            return;
        }
        String etag = "\"" + stamp + "\"";
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("ETag", etag);
        if (etag.equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean text = type.startsWith("text/") || type.equals("application/json") || type.equals("image/svg+xml");
        resp.setContentType(text ? type + ";charset=UTF-8" : type);
        try (InputStream in = url.get().openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void notFound(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getOutputStream().write("Không tìm thấy.".getBytes(StandardCharsets.UTF_8));
    }

    static void security(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
    }
}
