package vn.sotay.spi.web;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The whiteboard contract for a module's own web pages outside {@code /api}: register a
 * {@code javax.servlet.Servlet} service with the property {@link #ALIAS} (for example
 * {@code sotay.web.alias=/cms}) and the platform serves it at that path on the same HTTP server and
 * in the same servlet context as {@code /api}; unregistering the service (the module stopping or
 * being uninstalled) removes it.
 *
 * <p><b>Why not the HTTP service directly.</b> Pax Web 8 gives every bundle that registers through
 * Karaf's HTTP service an OSGi context of its own for {@code /}, and the Jetty context follows the
 * oldest of them: when that bundle leaves, Pax Web restarts the whole Jetty context and
 * {@code /api} answers 404 for a moment (docs/stack.md, trap 15). Registered through the platform,
 * every servlet lives in the platform's context, so a module leaving removes only its servlet.
 *
 * <pre>{@code
 * Dictionary<String, Object> props = new Hashtable<>(Map.of(WebServlet.ALIAS, "/cms"));
 * registration = context.registerService(Servlet.class, new CmsServlet(...), props);
 * }</pre>
 *
 * @since 1.0
 */
@ConsumerType
public interface WebServlet {
    /** Service property: the path the servlet serves ({@code /cms}: also {@code /cms/*}); never {@code /api} or {@code /}. */
    String ALIAS = "sotay.web.alias";
}
