package vn.sotay.platform.rest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

import vn.sotay.api.ProblemException;

/**
 * The servlet at {@code /api}: CXF's transport servlet over the platform's own destination
 * registry, guarded so that nothing the servlet layer rejects escapes as a container error page. A
 * request body in a character set the JVM does not know is a 415 problem (CXF would throw before
 * any provider runs); any failure that reaches the servlet is a problem+json with an incident id,
 * never the container's page listing exception classes. Every request passes the {@link FrontDoor}
 * first (the answer cache, load accounting). A request for a module whose server is being published
 * or removed at that instant is a 503 problem with {@code Retry-After} (see {@link #invoke}).
 */
final class ApiServlet extends CXFNonSpringServlet {
    private static final long serialVersionUID = 1L;

    private final transient FrontDoor door;
    private final transient DestinationRegistry registry;

    ApiServlet(DestinationRegistry registry, Bus bus, FrontDoor door) {
        super(registry, bus);
        this.door = door;
        this.registry = registry;
    }

    @Override
    public void service(ServletRequest req, ServletResponse res) throws IOException {
        HttpServletResponse response = (HttpServletResponse) res;
        String charset = req.getCharacterEncoding();
        if (charset != null && !known(charset)) {
            Problems.write(response, new ProblemException(415, "http-415", "Kiểu nội dung không được hỗ trợ",
                    "Bảng mã «" + ProblemMapper.shorten(charset, 40) + "» không được hỗ trợ; hãy gửi UTF-8.", null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) req;
        if (door.enter(request, response)) {
            return; // answered from the answer cache
        }
        try {
            super.service(req, res);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!res.isCommitted()) {
                res.resetBuffer();
                Problems.write(response, ProblemMapper.problem(e));
            }
        } finally {
            door.leave(request, response);
        }
    }

    /**
     * Leaves the bus as the request thread's default bus between requests: CXF's servlet resets a
     * thread's bus it found empty after each request, which made the next request on that thread take
     * {@code BusFactory}'s global lock twice (half of all monitor waits on {@code /api/ping} under load,
     * JFR). With the bus left in place CXF finds it in its thread-local and locks nothing.
     */
    @Override
    protected void invoke(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        if (!ready(request.getPathInfo())) {
            try {
                response.setHeader("Retry-After", "1");
                Problems.write(response, new ProblemException(503, "module-starting", "Mô-đun đang khởi động",
                        "Chức năng này đang được cài đặt hoặc gỡ bỏ; hãy thử lại sau giây lát.", null));
            } catch (IOException e) {
                throw new ServletException(e);
            }
            return;
        }
        BusFactory.setThreadDefaultBus(getBus());
        super.invoke(request, response);
    }

    /**
     * {@code false} while the module's destination at this path exists without a message observer: the
     * instants between CXF registering a new server's destination and the REST bridge giving it its
     * observer, and between a removal taking the observer away and the destination leaving the
     * registry. CXF's servlet controller would answer such a request with nothing at all (a {@code 200}
     * with an empty body: {@code ServletController.invoke} skips a destination without an observer
     * when the path matched it exactly).
     */
    private boolean ready(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        AbstractHTTPDestination d = registry.getDestinationForPath(path, true);
        if (d == null) {
            d = registry.checkRestfulRequest(path);
        }
        return d == null || d.getMessageObserver() != null;
    }

    private static boolean known(String charset) {
        try {
            return charset.length() <= 40 && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** Every path outside {@code /api} and {@code /cms} (also one that left {@code /api} by dot segments): a 404 problem. */
    static final class Root extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Problems.write(res, ProblemException.notFound("Địa chỉ hoặc đối tượng yêu cầu không tồn tại."));
        }
    }

    /** A problem written straight to the servlet response, with the headers every /api answer carries. */
    static final class Problems {
        private Problems() {
        }

        static void write(HttpServletResponse res, ProblemException p) throws IOException {
            res.setStatus(p.status());
            res.setContentType(ProblemMapper.PROBLEM.toString());
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Referrer-Policy", "no-referrer");
            res.setHeader("Content-Security-Policy", SecurityHeaders.CSP);
            res.setHeader("X-Frame-Options", "DENY");
            res.setHeader("Cache-Control", "no-store");
            Map<String, Object> body = ProblemMapper.body(p);
            res.getOutputStream().write(Json.MAPPER.writeValueAsBytes(body));
        }
    }
}
