package vn.sotay.platform.rest.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AccountService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.rest.SharedAnswerHits;

/**
 * What every {@code /api} request passes before CXF sees it: the answer cache's lookup (a valid copy
 * is written from memory and the request ends here), the caller's own copies dropped when a request
 * of theirs will run, and the count of requests in progress that the load shedding filter compares with
 * the limits of each {@link vn.sotay.api.rest.Urgency} class. After CXF answered, a copy that
 * the answer cache captured is kept with the headers the answer was sent with.
 */
@Component(service = FrontDoor.class, configurationPid = "vn.sotay.rest")
@Designate(ocd = FrontDoor.Config.class)
public class FrontDoor {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);
    static final String CACHE_HEADER = "X-Sotay-Cache";
    private static final int MAX_TARGET = 2048;
    private static final Set<String> NOT_KEPT = Set.of("date", "content-length", "transfer-encoding", "connection",
            "server", CACHE_HEADER.toLowerCase());

    @ObjectClassDefinition(name = "Sổ Tay REST front door", description = "Load shedding limits of /api")
    public @interface Config {
        @AttributeDefinition(description = "Requests in progress beyond which DEFERRABLE work (search, exports, "
                + "reports) gets 503 + Retry-After; 0: 24 per processor")
        int shedDeferrable() default 0;

        @AttributeDefinition(description = "Requests in progress beyond which NORMAL work gets 503 + Retry-After "
                + "(VITAL work, check-ins and votes, is never shed); 0: 72 per processor")
        int shedNormal() default 0;
    }

    private final AccountService accounts;
    private final AnswerCache cache;
    private volatile int shedDeferrable;
    private volatile int shedNormal;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, SharedAnswerHits> hooks = new ConcurrentHashMap<>();
    private volatile Set<String> modules = Set.of();

    @Activate
    public FrontDoor(@Reference AccountService accounts, @Reference AnswerCache cache, Config config) {
        this.accounts = accounts;
        this.cache = cache;
        modified(config);
    }

    /** New limits take effect at once, without restarting the REST bridge. */
    @Modified
    void modified(Config config) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.shedDeferrable = config.shedDeferrable() > 0 ? config.shedDeferrable() : 24 * cores;
        this.shedNormal = config.shedNormal() > 0 ? config.shedNormal() : 72 * cores;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHits(SharedAnswerHits hook, Map<String, Object> props) {
        hooks.put(String.valueOf(props.get(SotayModule.MODULE)), hook);
    }

    void removeHits(SharedAnswerHits hook, Map<String, Object> props) {
        hooks.remove(String.valueOf(props.get(SotayModule.MODULE)), hook);
    }

    /** The published modules (the rest of /api belongs to the platform); set by the REST bridge. */
    void modules(Set<String> published) {
        this.modules = Set.copyOf(published);
    }

    /** A module was republished or left: none of its copies is served again. */
    void moduleChanged(String module) {
        cache.drop(AnswerCache.moduleTag(module));
    }

    int inFlight() {
        return inFlight.get();
    }

    /** The limit of requests in progress for a class: {@code deferrable} or normal. */
    int limit(boolean deferrable) {
        return deferrable ? shedDeferrable : shedNormal;
    }

    /**
     * Before CXF: {@code true} when the request was answered here from a copy; otherwise the request
     * is counted in progress until {@link #leave}.
     */
    boolean enter(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Caller caller;
        try {
            caller = cache.enabled() ? caller(req) : null;
        } catch (RuntimeException e) {
            caller = null; // the request goes on to JAX-RS, whose authentication answers it
        }
        if (caller != null) {
            String path = req.getRequestURI().substring(req.getContextPath().length() + req.getServletPath().length());
            String module = module(path);
            String target = req.getQueryString() == null ? path : path + "?" + req.getQueryString();
            if ("GET".equals(req.getMethod()) && target.length() <= MAX_TARGET) {
                AnswerCache.Entry e = fresh(req) ? null : cache.find(caller, target);
                if (e != null) {
                    serve(req, res, e, caller, module, path);
                    return true;
                }
                req.setAttribute(Handover.TARGET, target);
            }
            cache.drop(AnswerCache.callerTag(caller.accountId(), module));
            req.setAttribute(Handover.MODULE, module);
            req.setAttribute(Handover.SINCE, cache.sequence());
            req.setAttribute(Handover.TREE, cache.tree());
        }
        inFlight.incrementAndGet();
        return false;
    }

    /** After CXF: keeps the copy the answer cache captured, if the answer may be kept. */
    void leave(HttpServletRequest req, HttpServletResponse res) {
        inFlight.decrementAndGet();
        if (!(req.getAttribute(Handover.CAPTURED) instanceof Handover.Captured c) || req.isAsyncStarted()
                || res.getStatus() != 200 || res.containsHeader("Set-Cookie")) {
            return;
        }
        List<String[]> headers = new ArrayList<>();
        String etag = null;
        for (String name : res.getHeaderNames()) {
            if (NOT_KEPT.contains(name.toLowerCase())) {
                continue;
            }
            for (String v : res.getHeaders(name)) {
                headers.add(new String[] {name, v});
                etag = "etag".equalsIgnoreCase(name) ? v : etag;
            }
        }
        if (etag == null) {
            etag = etag(c.body());
            headers.add(new String[] {"ETag", etag});
        }
        cache.store(c.key(), new AnswerCache.Entry(c.body(), List.copyOf(headers), etag, c.stripes(),
                c.since(), c.expiresAt(), c.tree(), c.readers()));
    }

    private void serve(HttpServletRequest req, HttpServletResponse res, AnswerCache.Entry e, Caller caller, String module,
            String path) throws IOException {
        SharedAnswerHits hook = hooks.get(module);
        if (hook != null) {
            try {
                hook.served(path.substring(module.length() + 1), caller);
            } catch (RuntimeException ex) {
                LOG.warn("Answer cache hook of module {} failed", module, ex);
            }
        }
        boolean unchanged = e.etag().equals(req.getHeader("If-None-Match"));
        res.setStatus(unchanged ? HttpServletResponse.SC_NOT_MODIFIED : HttpServletResponse.SC_OK);
        for (String[] h : e.headers()) {
            res.addHeader(h[0], h[1]);
        }
        res.setHeader(CACHE_HEADER, "hit");
        if (!unchanged) {
            res.setContentLength(e.body().length);
            res.getOutputStream().write(e.body());
        }
    }

    /**
     * The part of the API a path belongs to: its first segment when a module of that id is published,
     * else {@code platform/<first segment>} (the platform's resources: a member's own request to
     * {@code /api/auth} leaves their kept inbox alone).
     */
    String module(String path) {
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(Math.min(1, path.length())) : path.substring(1, end);
        return modules.contains(first) ? first : SotayModule.PLATFORM + "/" + first;
    }

    /** The caller behind the request's bearer token or session cookie, or {@code null}. */
    private Caller caller(HttpServletRequest req) {
        String header = req.getHeader("Authorization");
        String token = null;
        if (header != null) {
            token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        } else if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                token = BrowserSession.SESSION_COOKIE.equals(c.getName()) ? c.getValue() : token;
            }
        }
        return token == null || token.isBlank() || token.length() > 512 ? null : accounts.authenticate(token).orElse(null);
    }

    /** A request that asks for a fresh answer ({@code Cache-Control: no-cache}, {@code Pragma: no-cache}). */
    private static boolean fresh(HttpServletRequest req) {
        String cc = req.getHeader("Cache-Control");
        String pragma = req.getHeader("Pragma");
        return cc != null && (cc.contains("no-cache") || cc.contains("max-age=0")) || pragma != null && pragma.contains("no-cache");
    }

    static String etag(byte[] body) {
        try {
            return "\"s" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
