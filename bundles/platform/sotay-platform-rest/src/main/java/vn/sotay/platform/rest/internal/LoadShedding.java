package vn.sotay.platform.rest.internal;

import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.ProblemException;
import vn.sotay.api.rest.Urgency;

/**
 * Graceful overload: once more requests are in progress than the limit of the matched method's
 * {@link Urgency} class ({@link FrontDoor#limit}), the request is answered at once with {@code 503}
 * and {@code Retry-After}, before authentication or any work. {@link Urgency.Level#VITAL} work is
 * never refused here.
 */
@Provider
@Priority(500)
public class LoadShedding implements ContainerRequestFilter {
    /** Seconds a shed client waits: short, the burst of a meeting evening passes in seconds. */
    static final int RETRY_AFTER = 2;
    private final FrontDoor door;

    @Context
    private ResourceInfo resource;

    LoadShedding(FrontDoor door) {
        this.door = door;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Urgency.Level level = level();
        if (level == Urgency.Level.VITAL || door.inFlight() <= door.limit(level == Urgency.Level.DEFERRABLE)) {
            return;
        }
        request.abortWith(Response.fromResponse(ProblemMapper.toResponse(new ProblemException(503, "overloaded",
                "Hệ thống đang quá tải", "Hệ thống đang phục vụ rất nhiều yêu cầu cùng lúc. Vui lòng thử lại sau "
                + RETRY_AFTER + " giây; điểm danh và biểu quyết vẫn được ưu tiên.", null)))
                .header("Retry-After", RETRY_AFTER).build());
    }

    private Urgency.Level level() {
        Method m = resource == null ? null : resource.getResourceMethod();
        Urgency u = m == null ? null : m.getAnnotation(Urgency.class);
        if (u == null && m != null) {
            u = m.getDeclaringClass().getAnnotation(Urgency.class);
        }
        return u == null ? Urgency.Level.NORMAL : u.value();
    }
}
