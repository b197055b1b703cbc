package vn.sotay.notices.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** REST endpoints of the notices module, published by the core under {@code /api/notices}. */
@Component(service = NoticesResource.class,
        property = {SotayModule.MODULE + "=notices", SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesResource {
    private static final Logger LOG = LoggerFactory.getLogger(NoticesResource.class);

    private final NoticeStore store;
    private final InboxCache inbox;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final MemberService members;
    private final AuditService audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Inbox inboxService;

    @Activate
    public NoticesResource(@Reference NoticeStore store, @Reference InboxCache inbox, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference MemberService members, @Reference AuditService audit) {
        this.store = store;
        this.inbox = inbox;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
        this.audit = audit;
    }

    @GET
    @Summary("Thông báo gửi tới chi bộ của tôi hoặc cấp trên, chưa đọc trước, mới nhất trước")
    @SharedAnswer(value = Sharing.CALLER, dependsOn = "notices:notice@{path}", seconds = 60)
    @OperationId("listNotices")
    @Returns(value = NoticeItem.class, page = true)
    public Response inbox(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        List<Long> path = c.cellId() == null || c.memberId() == null ? List.of() : orgs.tree().pathIds(c.cellId());
        if (path.isEmpty()) {
            return Response.ok(new Page<>(List.of(), null)).build();
        }
        OrgTree tree = orgs.tree();
        List<NoticeItem> items = inbox.inbox(path, c.memberId(), Instant.now(), offset, max + 1).stream()
                .map(r -> Views.listed(r, tree)).toList();
        // the page changes when a notice on it expires: a kept copy of it must not outlive that moment
        Instant changes = items.stream().map(NoticeItem::expiresAt).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        Response.ResponseBuilder ok = Response.ok(Page.ofOffset(items, offset, max));
        return (changes == null ? ok : ok.expires(java.util.Date.from(changes))).build();
    }

    @POST
    @Summary("Gửi thông báo tới một tổ chức và toàn bộ cấp dưới (bí thư, cấp ủy, quản trị)")
    @OperationId("sendNotice")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "audienceOrgId")
    @Returns(value = NoticeDetail.class, status = 201)
    public Response send(@Context SecurityContext sc, @Context UriInfo uri, SendRequest request) {
        NoticeDetail d = create(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Validates, authorises, stores and audits a notice (the store publishes it: inbox cache and search follow). */
    NoticeDetail create(Caller c, SendRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OrgTree tree = orgs.tree();
        SendRequest r = SendValidation.check(request, tree, now);
        auth.require(c, r.audienceOrgId(), Role.SECRETARY, Role.COMMITTEE);
        Notice n = store.insert(r.title(), r.body(), r.audienceOrgId(), c.accountId(), c.name(), now,
                r.expiresAt() == null ? null : r.expiresAt().truncatedTo(ChronoUnit.MILLIS));
        audit.record(c, "notice.send", "notice", String.valueOf(n.id()), n.title());
        tell(c, n);
        return Views.detail(n, tree, false, false);
    }

    @GET
    @Path("sent")
    @Summary("Thông báo do tôi gửi hoặc gửi trong phạm vi tôi phụ trách, mới nhất trước")
    @OperationId("listSentNotices")
    public Page<NoticeItem> sent(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = orgs.tree();
        Set<Long> scopes = auth.visibility(c).staffScopes();
        Collection<Long> audiences;
        if (scopes.stream().map(tree::node).anyMatch(s -> s != null && s.parentId() == null)) {
            audiences = null; // staff over a root: every audience
        } else if (scopes.isEmpty()) {
            audiences = List.of(); // only what the caller sent
        } else {
            audiences = store.audiences().stream()
                    .filter(a -> tree.pathIds(a).stream().anyMatch(scopes::contains)).toList();
        }
        List<NoticeItem> items = store.managed(audiences, c.accountId(), c.memberId(), offset, max + 1).stream()
                .map(r -> Views.item(r, tree)).toList();
        return Page.ofOffset(items, offset, max);
    }

    @GET
    @Path("{id}")
    @Summary("Mở một thông báo; đảng viên trong phạm vi nhận được ghi nhận là đã đọc")
    @OperationId("getNotice")
    public NoticeDetail open(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = orgs.tree();
        NoticeRow row = readable(c, id, now);
        if (isRecipient(c, tree, row.notice()) && !row.read()) {
            row = store.receive(row.notice(), c.memberId(), c.cellId(), now, false);
            inbox.received(c.memberId(), id, row.read(), row.acknowledged());
        }
        return Views.detail(row.notice(), tree, row.read(), row.acknowledged());
    }

    @POST
    @Path("{id}/ack")
    @Summary("Xác nhận đã nhận thông báo (đảng viên trong phạm vi nhận)")
    @OperationId("acknowledgeNotice")
    @Roles(value = Role.MEMBER, over = "a cell inside the notice's audience")
    public NoticeDetail acknowledge(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Instant now = Instant.now();
        OrgTree tree = orgs.tree();
        NoticeRow row = readable(c, id, now);
        if (!isRecipient(c, tree, row.notice())) { // staff read it, but only its audience acknowledges
            throw ProblemException.forbidden("Chỉ đảng viên trong phạm vi nhận thông báo mới xác nhận đã nhận.");
        }
        if (!row.acknowledged()) {
            row = store.receive(row.notice(), c.memberId(), c.cellId(), now, true);
            inbox.received(c.memberId(), id, row.read(), row.acknowledged());
            audit.record(c, "notice.ack", "notice", String.valueOf(id), null);
        }
        return Views.detail(row.notice(), tree, row.read(), row.acknowledged());
    }

    @GET
    @Path("{id}/stats")
    @Summary("Tỉ lệ đọc và xác nhận của một thông báo, theo từng tổ chức cấp dưới trực tiếp")
    @OperationId("getNoticeStats")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the notice's audience (or its sender)")
    public NoticeStats stats(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Notice n = readable(c, id, Instant.now()).notice();
        if (n.senderAccountId() != c.accountId()
                && !auth.holds(c, n.audienceOrgId(), Role.SECRETARY, Role.COMMITTEE)) {
            throw ProblemException.forbidden("Chỉ người gửi và cấp ủy, bí thư của phạm vi nhận mới xem được tỉ lệ đọc.");
        }
        return Rollup.stats(n.id(), orgs.tree(), n.audienceOrgId(), members.countedByCell(),
                store.receiptsByCell(n.id()));
    }

    /** The notice with the caller's flags, or 404 when the caller may not open it ({@link Notice#readableBy}). */
    private NoticeRow readable(Caller c, long id, Instant now) {
        NoticeRow row = store.find(id, c.memberId()).orElseThrow(NoticesResource::notFound);
        if (!row.notice().readableBy(c, auth, now)) {
            throw notFound();
        }
        return row;
    }

    /** The caller is a member of a cell inside the notice's audience. */
    private static boolean isRecipient(Caller c, OrgTree tree, Notice n) {
        return c.memberId() != null && c.cellId() != null && tree.isWithin(c.cellId(), n.audienceOrgId());
    }

    /** Tells the audience in their inboxes (platform inbox); a failure is logged, the notice stays sent. */
    private void tell(Caller c, Notice n) {
        Inbox i = inboxService;
        if (i == null) {
            return;
        }
        try {
            String text = n.body().length() > 200 ? n.body().substring(0, 199) + "…" : n.body();
            i.tellSubtree(c, "notices", n.audienceOrgId(), new InboxMessage(n.title(), text,
                    new ContentRef(NoticeResolver.TYPE, String.valueOf(n.id())), "Mở thông báo",
                    "/cms/#/notices/read/" + n.id()));
        } catch (RuntimeException e) {
            LOG.warn("Telling the audience of notice {} in their inboxes failed", n.id(), e);
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy thông báo.");
    }
}
