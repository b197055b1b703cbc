package vn.sotay.cms.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.spi.web.WebServlet;

/**
 * Offers {@link CmsServlet} at {@code /cms} to the platform ({@link WebServlet}), which serves it on
 * the same server and servlet context as {@code /api}: uninstalling the CMS removes only its pages.
 */
@Component(immediate = true)
public class CmsWeb {
    static final String ALIAS = "/cms";
    private final ServiceRegistration<Servlet> registration;

    @Activate
    public CmsWeb(@Reference ScreenRegistry registry, BundleContext context) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(WebServlet.ALIAS, ALIAS);
        registration = context.registerService(Servlet.class, new CmsServlet(context.getBundle(), registry), props);
    }

    @Deactivate
    void close() {
        registration.unregister();
    }
}
