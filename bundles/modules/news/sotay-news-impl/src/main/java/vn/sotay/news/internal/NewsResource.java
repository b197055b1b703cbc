package vn.sotay.news.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/** REST endpoints of the news module, published by the core under {@code /api/news}. */
@Component(service = NewsResource.class,
        property = {SotayModule.MODULE + "=news", SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsResource {
    /** Categories are data but change rarely: re-read at most this often. */
    static final long CATEGORY_TTL_MILLIS = 60_000;

    private final NewsStore store;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final AuditService audit;
    private final NewsImages images;
    private final ReviewPolicy review;
    private volatile Map<String, String> labels;
    private volatile long labelsRead;

    @Activate
    public NewsResource(@Reference NewsStore store, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference AuditService audit, @Reference NewsImages images,
            @Reference ReviewPolicy review) {
        this.store = store;
        this.review = review;
        this.images = images;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    @GET
    @Summary("Tin đã đăng mà tôi được xem: tin nổi bật trước, rồi mới nhất; lọc theo chuyên mục; "
            + "phân trang bằng con trỏ khóa (cursor = next của trang trước)")
    public Response feed(@Context SecurityContext sc, @Context Request request,
            @QueryParam("category") String category, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        Page<ArticleItem> page = feedPage(c, category, FeedCursor.parse(cursor), Cursors.limit(limit));
        return conditional(request, new EntityTag(ETags.feed(page.items(), page.next())), page);
    }

    /** One page of the caller's feed (see {@link #feed}), after {@code after} ({@code null}: the first). */
    Page<ArticleItem> feedPage(Caller c, String category, FeedCursor after, int max) {
        Map<String, String> labels = labels();
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && !labels.containsKey(cat)) {
            throw ProblemException.invalid("category", "Chuyên mục không tồn tại.");
        }
        OrgTree tree = orgs.tree();
        AuthorizationService.Visibility v = auth.visibility(c);
        var audiences = Access.feedAudiences(v, tree, v.staffScopes().isEmpty() ? List.of() : store.approvedAudiences());
        List<Article> rows = store.feed(audiences, cat, Instant.now(), after, max + 1);
        ImageLinks covers = covers(rows);
        List<ArticleItem> items = rows.stream().limit(max).map(a -> Views.item(a, tree, labels, covers)).toList();
        boolean more = rows.size() > max;
        return new Page<>(items, more ? FeedCursor.after(items.get(items.size() - 1)).encode() : null);
    }

    /** The signed image links of an answer about these articles, their cover images looked up in one query. */
    private ImageLinks covers(List<Article> articles) {
        Set<String> ids = new java.util.HashSet<>();
        articles.forEach(a -> {
            if (a.coverImageId() != null) {
                ids.add(a.coverImageId());
            }
        });
        return images.links(store.images(ids));
    }

    /** The signed image links of an answer about this article. */
    private ImageLinks cover(Article a) {
        return covers(List.of(a));
    }

    @GET
    @Path("categories")
    @Summary("Các chuyên mục tin")
    public List<Category> categories(@Context SecurityContext sc) {
        Callers.of(sc);
        return store.categories();
    }

    @GET
    @Path("articles/{id}")
    @Summary("Một bài viết: đã đăng và trong phạm vi của tôi, hoặc mọi trạng thái với biên tập viên/người duyệt")
    public Response article(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Article a = visible(c, id);
        boolean manager = Access.manages(auth, c, a);
        EntityTag tag = new EntityTag(ETags.article(a, manager ? a.views() : null));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(revalidate()).build();
        }
        if (!manager) {
            store.countView(id);
        }
        return Response.ok(Views.detail(a, orgs.tree(), labels(), manager, cover(a))).tag(tag).cacheControl(revalidate())
                .build();
    }

    /** The article if the caller may read it now, else 404. */
    Article visible(Caller c, long id) {
        Article a = store.find(id).orElseThrow(NewsResource::notFound);
        if (!Access.readable(auth, c, a, Instant.now())) {
            throw notFound();
        }
        return a;
    }

    @GET
    @Path("review")
    @Summary("Hàng chờ duyệt: bài đã gửi duyệt trong phạm vi tôi được duyệt")
    public Page<ArticleItem> review(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.SUBMITTED), Role.REVIEWER, limit, cursor);
    }

    @GET
    @Path("desk")
    @Summary("Bàn biên tập: bài nháp, bị trả lại hoặc đang chờ duyệt trong phạm vi tôi biên tập")
    public Page<ArticleItem> desk(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED, ReviewStatus.SUBMITTED), Role.EDITOR, limit,
                cursor);
    }

    // ---------------------------------------------------------------------------------------------
    // the editorial workflow

    @POST
    @Path("articles")
    @Summary("Viết bản nháp (biên tập viên tại hoặc trên tổ chức được chọn làm phạm vi)")
    public Response draft(@Context SecurityContext sc, @Context UriInfo uri, ArticleRequest request) {
        ArticleDetail d = create(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Validates, authorises, stores (version 1) and audits a new draft. */
    ArticleDetail create(Caller c, ArticleRequest request) {
        OrgTree tree = orgs.tree();
        ArticleRequest r = ArticleValidation.check(request, tree, labels().keySet(), this::imageExists);
        auth.require(c, r.audienceOrgId(), Role.EDITOR);
        Article a = store.insert(r, c.accountId(), c.name(), now());
        audit.record(c, ReviewAction.DRAFT.audit(NewsModule.ID), "article", String.valueOf(a.id()), a.title());
        return Views.detail(a, tree, labels(), true, cover(a));
    }

    @PUT
    @Path("articles/{id}")
    @Summary("Sửa bài (chỉ khi là bản nháp hoặc bị trả lại); mỗi lần lưu là một phiên bản")
    public ArticleDetail update(@Context SecurityContext sc, @PathParam("id") long id, ArticleRequest request) {
        Caller c = Callers.of(sc);
        Article a = target(c, id, Role.EDITOR);
        ReviewAction.UPDATE.apply(a.status(), "bài viết"); // 409 before any 400: the article is not editable now
        ArticleRequest r = ArticleValidation.check(request, orgs.tree(), labels().keySet(), this::imageExists);
        if (r.audienceOrgId() != a.audienceOrgId()) {
            auth.require(c, r.audienceOrgId(), Role.EDITOR);
        }
        return saved(c, store.save(id, ReviewAction.UPDATE, c.accountId(), c.name(), now(), null,
                (em, e) -> NewsStore.content(e, r)), ReviewAction.UPDATE, null);
    }

    @POST
    @Path("articles/{id}/submit")
    @Summary("Gửi bài lên Ban Biên tập để duyệt")
    public ArticleDetail submit(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, Role.EDITOR);
        return saved(c, store.save(id, ReviewAction.SUBMIT, c.accountId(), c.name(), now(), null, (em, e) -> { }),
                ReviewAction.SUBMIT, null);
    }

    @POST
    @Path("articles/{id}/return")
    @Summary("Trả lại bài kèm ý kiến (người duyệt tại hoặc trên phạm vi của bài)")
    public ArticleDetail sendBack(@Context SecurityContext sc, @PathParam("id") long id, CommentRequest body) {
        Caller c = Callers.of(sc);
        target(c, id, Role.REVIEWER);
        String comment = ArticleValidation.comment(body);
        return saved(c, store.save(id, ReviewAction.RETURN, c.accountId(), c.name(), now(), comment, (em, e) -> { }),
                ReviewAction.RETURN, comment);
    }

    @POST
    @Path("articles/{id}/approve")
    @Summary("Duyệt bài: bài được đăng từ thời điểm đăng (ngay nếu không hẹn giờ); publishAt (ISO 8601, không bắt "
            + "buộc) là giờ đăng do Ban Biên tập hẹn, thay cho giờ người viết đặt")
    public ArticleDetail approve(@Context SecurityContext sc, @PathParam("id") long id,
            @QueryParam("publishAt") String publishAt) {
        Caller c = Callers.of(sc);
        Article a = target(c, id, Role.REVIEWER);
        review.requireIndependentReviewer(c, store.authors(id), NewsModule.ID, "article", String.valueOf(id));
        Instant now = now();
        Instant at = ArticleValidation.reviewerSchedule(publishAt, now, a.expiresAt());
        return saved(c, store.save(id, ReviewAction.APPROVE, c.accountId(), c.name(), now, null, (em, e) -> {
            if (at != null) {
                e.setPublishAt(Sql.utc(at));
            } else if (e.getPublishAt() == null) {
                e.setPublishAt(Sql.utc(now));
            }
        }), ReviewAction.APPROVE, null);
    }

    @POST
    @Path("articles/{id}/archive")
    @Summary("Gỡ bài đã đăng (lưu trữ)")
    public ArticleDetail archive(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, Role.REVIEWER);
        return saved(c, store.save(id, ReviewAction.ARCHIVE, c.accountId(), c.name(), now(), null, (em, e) -> { }),
                ReviewAction.ARCHIVE, null);
    }

    @GET
    @Path("articles/{id}/versions")
    @Summary("Lịch sử phiên bản: ai lưu, khi nào, thay đổi gì")
    public List<ArticleVersion> versions(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, Role.EDITOR, Role.REVIEWER);
        return store.versions(id).stream().map(ArticleVersion::withoutBody).toList();
    }

    @GET
    @Path("articles/{id}/versions/{n}")
    @Summary("Một phiên bản, với nội dung")
    public ArticleVersion version(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("n") int n) {
        Caller c = Callers.of(sc);
        target(c, id, Role.EDITOR, Role.REVIEWER);
        return store.versions(id).stream().filter(v -> v.number() == n).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy phiên bản " + n + " của bài viết."));
    }

    @POST
    @Path("articles/{id}/versions/{n}/restore")
    @Summary("Khôi phục tiêu đề, tóm tắt và nội dung của một phiên bản cũ thành phiên bản mới")
    public ArticleDetail restore(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("n") int n) {
        Caller c = Callers.of(sc);
        target(c, id, Role.EDITOR);
        return saved(c, store.save(id, ReviewAction.RESTORE, c.accountId(), c.name(), now(), null,
                (em, e) -> NewsStore.restore(em, e, n)), ReviewAction.RESTORE, "v" + n);
    }

    // ---------------------------------------------------------------------------------------------

    /** After a committed change (the store published it: index and feed follow): audit, answer the article as its manager sees it. */
    private ArticleDetail saved(Caller c, Article a, ReviewAction action, String detail) {
        audit.record(c, action.audit(NewsModule.ID), "article", String.valueOf(a.id()), detail == null ? a.title() : detail);
        return Views.detail(a, orgs.tree(), labels(), true, cover(a));
    }

    /**
     * The article the caller acts on with one of {@code roles} over its audience: 404 when absent or
     * not readable by the caller (the same answer for every id: no existence oracle), 403 when the
     * caller reads it but lacks the role there.
     */
    private Article target(Caller c, long id, Role... roles) {
        Article a = store.find(id).orElseThrow(NewsResource::notFound);
        if (!auth.holds(c, a.audienceOrgId(), roles)) {
            if (Access.readable(auth, c, a, Instant.now())) {
                throw ProblemException.forbidden("Bài viết nằm ngoài phạm vi bạn được "
                        + (roles[0] == Role.REVIEWER ? "duyệt." : "biên tập."));
            }
            throw notFound();
        }
        return a;
    }

    private Page<ArticleItem> queue(Caller c, Set<ReviewStatus> statuses, Role role, String limit, String cursor) {
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = orgs.tree();
        Map<String, String> labels = labels();
        List<Article> mine = store.withStatus(statuses).stream()
                .filter(a -> auth.holds(c, a.audienceOrgId(), role)).skip(offset).limit(max + 1L).toList();
        ImageLinks covers = covers(mine);
        return Page.ofOffset(mine.stream().map(a -> Views.item(a, tree, labels, covers)).toList(), offset, max);
    }

    private boolean imageExists(String id) {
        return store.image(id).isPresent();
    }

    private static Response conditional(Request request, EntityTag tag, Object entity) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(revalidate()).build();
        }
        return Response.ok(entity).tag(tag).cacheControl(revalidate()).build();
    }

    /** Private to the caller, and revalidated (If-None-Match) before every reuse. */
    private static CacheControl revalidate() {
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoCache(true);
        cc.setNoTransform(false);
        return cc;
    }

    /** Category code → label, re-read at most every {@link #CATEGORY_TTL_MILLIS}. */
    private Map<String, String> labels() {
        long t = System.currentTimeMillis();
        Map<String, String> l = labels;
        if (l == null || t - labelsRead > CATEGORY_TTL_MILLIS) {
            Map<String, String> m = new LinkedHashMap<>();
            store.categories().forEach(cat -> m.put(cat.code(), cat.label()));
            labels = l = Map.copyOf(m);
            labelsRead = t;
        }
        return l;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }


    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy bài viết.");
    }
}
