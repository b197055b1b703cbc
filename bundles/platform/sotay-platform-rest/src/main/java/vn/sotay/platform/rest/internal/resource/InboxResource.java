package vn.sotay.platform.rest.internal.resource;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxItem;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.Summary;
import vn.sotay.platform.rest.internal.live.LiveHub;
import vn.sotay.platform.rest.internal.live.SseStream;
import vn.sotay.spi.module.SotayModule;

/** The caller's own inbox: items modules told them, read marks, and a stream of new items. */
@Component(service = InboxResource.class, property = {SotayModule.MODULE + "=" + SotayModule.PLATFORM, SotayModule.REST_RESOURCE + "=true"})
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    /** Items replayed after {@code Last-Event-ID} at most (older ones: {@code GET /api/inbox}). */
    static final int MAX_REPLAY = 100;

    private final Inbox inbox;
    private final LiveHub hub;

    @Activate
    public InboxResource(@Reference Inbox inbox, @Reference LiveHub hub) {
        this.inbox = inbox;
        this.hub = hub;
    }

    /** The unread count. */
    public record Unread(long unread) {
    }

    @GET
    @SharedAnswer(value = Sharing.CALLER, dependsOn = {"platform:inbox@{path}", "platform:inbox-member:{member}"},
            seconds = 60)
    @OperationId("listInbox")
    @Summary("Hộp thư của tôi: tin các phân hệ gửi tới tôi, mới nhất trước (phân trang bằng cursor)")
    public Page<InboxItem> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int max = Cursors.limit(limit);
        return inbox.list(c, cursor, max);
    }

    @GET
    @Path("unread")
    @SharedAnswer(value = Sharing.CALLER, dependsOn = {"platform:inbox@{path}", "platform:inbox-member:{member}"},
            seconds = 60)
    @OperationId("countUnreadInbox")
    @Summary("Số tin chưa đọc trong hộp thư của tôi")
    public Unread unread(@Context SecurityContext sc) {
        return new Unread(inbox.unread(Callers.of(sc)));
    }

    @POST
    @Path("{id}/read")
    @OperationId("markInboxItemRead")
    @Summary("Đánh dấu đã đọc một tin trong hộp thư của tôi")
    public Unread read(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        inbox.markRead(c, id);
        return new Unread(inbox.unread(c));
    }

    @POST
    @Path("read")
    @OperationId("markInboxRead")
    @Summary("Đánh dấu đã đọc mọi tin trong hộp thư của tôi")
    public Unread readAll(@Context SecurityContext sc) {
        Caller c = Callers.of(sc);
        inbox.markAllRead(c);
        return new Unread(inbox.unread(c));
    }

    @GET
    @Path("stream")
    @Produces({"text/event-stream", MediaType.APPLICATION_JSON})
    @OperationId("streamInbox")
    @Summary("Luồng Server-Sent Events các tin mới của tôi (sự kiện inbox, id = mã tin); Last-Event-ID phát lại các tin sau mã đó")
    public void stream(@Context SecurityContext sc, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context HttpServletRequest request, @Suspended AsyncResponse async) {
        SseStream s = null;
        try {
            Caller c = Callers.of(sc);
            long last = lastEventId(lastEventId);
            if (c.memberId() == null || c.cellId() == null) {
                throw ProblemException.notFound("Tài khoản này không có hộp thư.");
            }
            s = hub.connect(c, List.of(Inbox.LIVE_TOPIC));
            s.start(request);
            long upto = replay(s, c, last);
            hub.follow(s, Inbox.LIVE_TOPIC);
            replay(s, c, upto); // what was sent between the first replay and following
        } catch (RuntimeException | IOException e) {
            LiveResource.fail(s, async, e);
        }
    }

    private long replay(SseStream s, Caller c, long after) {
        if (after < 0) {
            return after;
        }
        long upto = after;
        for (InboxItem i : inbox.after(c, after, MAX_REPLAY)) {
            hub.send(s, Inbox.LIVE_TOPIC, "inbox", i.id(), i);
            upto = Math.max(upto, i.id());
        }
        return upto;
    }

    /** {@code Last-Event-ID}: -1 when absent (no replay); a non-negative id; 400 otherwise. */
    static long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return -1;
        }
        String v = raw.strip();
        if (v.length() <= 18 && v.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(v);
        }
        throw ProblemException.invalid("Last-Event-ID", "Mã sự kiện cuối (Last-Event-ID) phải là một số không âm.");
    }
}
