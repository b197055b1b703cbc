package vn.sotay.platform.rest.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.servlet.ServletException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.ChainInitiationObserver;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.auth.AccountService;
import vn.sotay.platform.rest.internal.resource.OpenApiResource;
import vn.sotay.spi.module.SotayModule;

/**
 * The REST whiteboard: tracks every service with {@code sotay.rest.resource=true} and publishes one
 * CXF server per module on CXF's OSGi HTTP transport (servlet at {@code /api}): the platform's
 * resources at {@code /api}, a module's at {@code /api/<module>}. A module coming or going
 * rebuilds only its own server, so requests to every other module never notice (docs/stack.md, trap 4).
 */
@Component(service = RestBridge.class, immediate = true)
public class RestBridge {
    private static final Logger LOG = LoggerFactory.getLogger(RestBridge.class);

    /** Where the REST API is served. */
    static final String ALIAS = ApiPaths.ALIAS;

    private final HttpService http;
    private final HTTPTransportFactory transport;
    private final List<Object> providers;
    private final Bus bus;
    private final ServiceTracker<Object, Object> tracker;
    private final Map<String, Map<ServiceReference<?>, Object>> resources = new ConcurrentHashMap<>();
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private final OpenApiResource openApi;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final FrontDoor door;
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(r -> new Thread(r, "sotay-rest-publisher"));

    @Activate
    public RestBridge(BundleContext context, @Reference HttpService http,
            @Reference AccountService accounts, @Reference IdempotencyStore idempotency, @Reference FrontDoor door,
            @Reference AnswerCache answers) throws InvalidSyntaxException {
        this.http = http;
        this.door = door;
        this.providers = List.of(Json.provider(), new ProblemMapper(), new RequestBounds(), new BodyLimit(),
                new LoadShedding(door), new AuthFilter(accounts), new Idempotency(idempotency), new SecurityHeaders(),
                new SharedAnswers(answers));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(BusFactory.class.getClassLoader());
            this.bus = BusFactory.newInstance().createBus();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        // Without a class loader on the bus, CXF's ServletController asks the bus's ResourceManager for one on
        // every request, whose ClasspathResolver looks "" up on the system class path: each request took the
        // class path's jar locks (seen in JFR as jdk.JavaMonitorEnter on ZipFile.getEntry). With it set, CXF
        // (servlet, controller, JAXRSServerFactoryBean.create) switches to this loader: the one servers were
        // always created with (publish below).
        bus.setExtension(JAXRSServerFactoryBean.class.getClassLoader(), ClassLoader.class);
        // our own transport and servlet (not CXF's OSGi one): every answer of /api passes ApiServlet's guards
        DestinationRegistry registry = new DestinationRegistryImpl();
        this.transport = new HTTPTransportFactory(registry);
        try {
            Dictionary<String, String> init = new Hashtable<>();
            init.put("hide-service-list-page", "true");
            init.put("disable-address-updates", "true");
            ApiServlet api = new ApiServlet(registry, bus, door);
            if (http instanceof org.ops4j.pax.web.service.WebContainer web) {
                // async: Server-Sent Events streams (inbox, live updates) hold no Jetty thread while open
                web.registerServlet(ALIAS, api, init, 1, true, null);
            } else {
                http.registerServlet(ALIAS, api, init, null);
            }
            http.registerServlet("/", new ApiServlet.Root(), null, null);
        } catch (ServletException | NamespaceException e) {
            throw new IllegalStateException("Cannot register the REST servlet at " + ALIAS, e);
        }
        this.openApi = new OpenApiResource(this::publishedClasses, context.getBundle().getVersion().toString());
        tracker = new ServiceTracker<>(context,
                context.createFilter("(" + SotayModule.REST_RESOURCE + "=true)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Object service = context.getService(ref);
                if (service == null) {
                    // its component failed to activate (karaf.log says why): not tracked, the rest of the API keeps answering
                    return null;
                }
                resources.computeIfAbsent(module(ref), k -> new ConcurrentHashMap<>()).put(ref, service);
                schedule(module(ref));
                return service;
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                Map<ServiceReference<?>, Object> m = resources.get(module(ref));
                if (m != null) {
                    m.remove(ref);
                }
                // unpublish synchronously: the module's classes must not be used once it is gone
                publish(module(ref));
                context.ungetService(ref);
            }
        };
        tracker.open();
    }

    /** The module id of a resource; the platform's own resources live directly under /api. */
    static String module(ServiceReference<?> ref) {
        Object m = ref.getProperty(SotayModule.MODULE);
        return m == null ? SotayModule.PLATFORM : m.toString();
    }

    /** A snapshot of the published resource classes per module, for the OpenAPI document. */
    private Map<String, List<Class<?>>> publishedClasses() {
        Map<String, List<Class<?>>> out = new LinkedHashMap<>();
        resources.forEach((module, m) -> {
            if (!m.isEmpty()) {
                out.put(module, beans(module, m).stream().<Class<?>>map(Object::getClass).toList());
            }
        });
        return out;
    }

    /** The module's tracked resources, plus the OpenAPI document on the platform's own server. */
    private List<Object> beans(String module, Map<ServiceReference<?>, Object> tracked) {
        List<Object> beans = new ArrayList<>(tracked.values());
        if (SotayModule.PLATFORM.equals(module)) {
            beans.add(openApi);
        }
        return beans;
    }

    /** Modules' resources usually arrive together: publish once the burst is over. */
    private void schedule(String module) {
        if (!pending.add(module)) {
            return; // a publication of this module is already on its way and will see the new resource
        }
        publisher.execute(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pending.remove(module);
            publish(module);
        });
    }

    /**
     * (Re)publishes a module's server. A running server is replaced without a gap: the new server
     * binds to the same CXF destination (the transport reuses it by address) and takes over its
     * message observer in one assignment, so concurrent requests reach either the old or the new
     * resources, never nothing. Only a module with no resources left loses its destination. A new
     * module's destination is registered by {@code create()} before it has its observer, and a
     * removed one loses its observer before it leaves the registry: {@link ApiServlet} answers those
     * instants with a 503 problem (CXF alone would answer 200 with an empty body).
     */
    private synchronized void publish(String module) {
        try {
            republish(module);
        } finally {
            door.modules(servers.keySet());
            door.moduleChanged(module); // no copy of the module's answers outlives its resources
        }
    }

    private void republish(String module) {
        Server old = servers.get(module);
        Map<ServiceReference<?>, Object> current = resources.getOrDefault(module, Map.of());
        if (!current.isEmpty() && platformSegments().contains(module)) {
            LOG.error("Module id '{}' collides with the platform's /api/{} and is not published; rename the module",
                    module, module);
            current = Map.of();
        }
        if (current.isEmpty()) {
            if (old != null) {
                servers.remove(module);
                old.getDestination().setMessageObserver(null);
                old.destroy();
                LOG.info("REST endpoint /api{} removed", ApiPaths.basePath(module));
            }
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(JAXRSServerFactoryBean.class.getClassLoader());
            JAXRSServerFactoryBean sf = new JAXRSServerFactoryBean();
            sf.setBus(bus);
            sf.setAddress(SotayModule.PLATFORM.equals(module) ? "/" : "/" + module);
            sf.setDestinationFactory(transport);
            sf.setServiceBeans(beans(module, current));
            sf.setProviders(providers);
            sf.setStart(false);
            Server next = sf.create();
            next.getDestination().setMessageObserver(new ChainInitiationObserver(next.getEndpoint(), bus));
            servers.put(module, next);
            if (old != null) {
                ServerRegistry registry = bus.getExtension(ServerRegistry.class);
                if (registry != null) {
                    registry.unregister(old); // retired, but its destination lives on in the new server
                }
            }
            LOG.info("REST endpoint /api{} published with {} resource(s)", ApiPaths.basePath(module), current.size());
        } catch (RuntimeException e) {
            LOG.error("Cannot publish REST endpoint of module {}", module, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** First path segments of the platform's own resources: no module may take one as its id. */
    private Set<String> platformSegments() {
        Set<String> out = new java.util.HashSet<>();
        for (Object r : beans(SotayModule.PLATFORM, resources.getOrDefault(SotayModule.PLATFORM, Map.of()))) {
            javax.ws.rs.Path p = r.getClass().getAnnotation(javax.ws.rs.Path.class);
            if (p != null) {
                out.add(p.value().replaceAll("^/+", "").split("/")[0]);
            }
        }
        return out;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        publisher.shutdown();
        publisher.awaitTermination(5, TimeUnit.SECONDS);
        synchronized (this) {
            for (Server server : servers.values()) {
                server.getDestination().setMessageObserver(null);
                server.destroy();
            }
            servers.clear();
        }
        http.unregister(ALIAS);
        http.unregister("/");
        bus.shutdown(true);
    }
}
