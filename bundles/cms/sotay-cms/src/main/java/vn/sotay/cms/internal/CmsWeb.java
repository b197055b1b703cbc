package vn.sotay.cms.internal;

import javax.servlet.ServletException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;

/** Registers {@link CmsServlet} at {@code /cms} on Karaf's HTTP service (Pax Web), the same server as {@code /api}. */
@Component(immediate = true)
public class CmsWeb {
    static final String ALIAS = "/cms";
    private final HttpService http;

    @Activate
    public CmsWeb(@Reference HttpService http, @Reference ScreenRegistry registry, BundleContext context)
            throws ServletException, NamespaceException {
        this.http = http;
        http.registerServlet(ALIAS, new CmsServlet(context.getBundle(), registry), null, null);
    }

    @Deactivate
    void close() {
        http.unregister(ALIAS);
    }
}
