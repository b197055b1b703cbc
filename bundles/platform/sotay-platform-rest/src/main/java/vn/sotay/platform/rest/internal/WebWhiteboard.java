package vn.sotay.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.HttpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.spi.web.WebServlet;

/**
 * Serves the modules' {@link WebServlet} servlets through the platform's own HTTP service, so they
 * share the platform's servlet context and a module leaving never restarts the Jetty context
 * under {@code /api} (docs/stack.md, trap 15).
 */
@Component(immediate = true)
public class WebWhiteboard {
    private static final Logger LOG = LoggerFactory.getLogger(WebWhiteboard.class);

    private final HttpService http;
    private final Map<Servlet, String> served = new ConcurrentHashMap<>();

    @Activate
    public WebWhiteboard(@Reference HttpService http) {
        this.http = http;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + WebServlet.ALIAS + "=*)")
    void add(Servlet servlet, Map<String, Object> props) {
        String alias = String.valueOf(props.get(WebServlet.ALIAS));
        if (!alias.matches("/[a-z][a-z0-9-]*") || alias.equals(ApiPaths.ALIAS)) {
            LOG.error("A web servlet asks for alias {}: only /<lower-case name> outside {} is served", alias, ApiPaths.ALIAS);
            return;
        }
        try {
            http.registerServlet(alias, servlet, null, null);
            served.put(servlet, alias);
        } catch (Exception e) {
            LOG.error("Cannot serve the web servlet at {}", alias, e);
        }
    }

    void remove(Servlet servlet) {
        String alias = served.remove(servlet);
        if (alias != null) {
            try {
                http.unregister(alias);
            } catch (IllegalArgumentException gone) {
                LOG.debug("{} was no longer registered", alias);
            }
        }
    }

    @Deactivate
    void close() {
        served.keySet().forEach(this::remove);
    }
}
