package vn.sotay.platform.rest.internal.resource;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.AsyncResponse;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Summary;
import vn.sotay.platform.rest.internal.live.LiveHub;
import vn.sotay.platform.rest.internal.live.SseStream;
import vn.sotay.spi.module.SotayModule;

/** Live updates: a Server-Sent Events stream of the topics modules publish ({@link vn.sotay.api.live.LiveUpdates}). */
@Component(service = LiveResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("live")
public class LiveResource {
    /** Topics one stream follows at most. */
    static final int MAX_TOPICS = 10;

    private final LiveHub hub;

    @Activate
    public LiveResource(@Reference LiveHub hub) {
        this.hub = hub;
    }

    @GET
    @Produces({"text/event-stream", MediaType.APPLICATION_JSON})
    @OperationId("streamLive")
    @Summary("Luồng Server-Sent Events của các kênh cập nhật (topic=<phân hệ>/<tên>, lặp lại tối đa 10); kênh không có hoặc không được theo dõi: 404")
    public void stream(@Context SecurityContext sc, @QueryParam("topic") List<String> topics,
            @Context HttpServletRequest request, @Suspended AsyncResponse async) {
        SseStream s = null;
        try {
            Caller c = Callers.of(sc);
            Set<String> names = new LinkedHashSet<>(topics == null ? List.of() : topics);
            names.remove("");
            if (names.isEmpty() || names.size() > MAX_TOPICS) {
                throw ProblemException.invalid("topic", "Cần từ 1 đến " + MAX_TOPICS + " kênh (topic).");
            }
            s = hub.connect(c, names);
            s.start(request);
            for (String n : names) {
                hub.follow(s, n);
            }
        } catch (RuntimeException | IOException e) {
            fail(s, async, e);
        }
    }

    /** A failure before the stream started answers as a problem; after, the stream just ends. */
    static void fail(SseStream s, AsyncResponse async, Exception e) {
        if (s != null) {
            s.abort();
        }
        if (s == null || !s.started()) {
            async.resume(e);
        }
    }
}
