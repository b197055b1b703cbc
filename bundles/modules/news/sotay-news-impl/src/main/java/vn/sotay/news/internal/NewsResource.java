package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Readers;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;

/**
 * Reading the news ({@code /api/news}): the feed, the categories, one article, with ETags. The
 * editorial desk ({@link NewsDeskResource}), the versions ({@link NewsVersionsResource}) and the
 * images ({@link NewsImagesResource}) are resources of their own in the same module.
 */
@Component(service = NewsResource.class,
        property = {SotayModule.MODULE + "=news", SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class NewsResource {
    private final NewsArticles articles;
    private final NewsStore store;

    @Activate
    public NewsResource(@Reference NewsArticles articles) {
        this.articles = articles;
        this.store = articles.store;
    }

    @GET
    @SharedAnswer(value = Sharing.AUDIENCE, dependsOn = "news:article", seconds = 30)
    @OperationId("listArticles")
    @Returns(value = ArticleItem.class, page = true)
    @Summary("Tin đã đăng mà tôi được xem: tin nổi bật trước, rồi mới nhất; lọc theo chuyên mục; "
            + "phân trang bằng con trỏ khóa (cursor = next của trang trước)")
    public Response feed(@Context SecurityContext sc, @Context Request request,
            @Description("Mã chuyên mục (GET /api/news/categories)") @QueryParam("category") String category,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        Page<ArticleItem> page = feedPage(c, category, FeedCursor.parse(cursor), Cursors.limit(limit));
        return expires(conditional(request, new EntityTag(ETags.feed(page.items(), page.next())), page),
                store.nextChange(Instant.now()));
    }

    /** One page of the caller's feed (see {@link #feed}), after {@code after} ({@code null}: the first). */
    Page<ArticleItem> feedPage(Caller c, String category, FeedCursor after, int max) {
        Map<String, String> labels = articles.labels();
        String cat = NewsQuery.category(category, labels);
        OrgTree tree = articles.orgs.tree();
        AuthorizationService.Visibility v = articles.auth.visibility(c);
        var audiences = Access.feedAudiences(v, tree, v.staffScopes().isEmpty() ? List.of() : store.approvedAudiences());
        List<Article> rows = store.feed(audiences, cat, Instant.now(), after, max + 1);
        ImageLinks covers = articles.covers(rows);
        List<ArticleItem> items = rows.stream().limit(max).map(a -> Views.item(a, tree, labels, covers)).toList();
        boolean more = rows.size() > max;
        return new Page<>(items, more ? FeedCursor.after(items.get(items.size() - 1)).encode() : null);
    }

    @GET
    @Path("categories")
    @OperationId("listNewsCategories")
    @Summary("Các chuyên mục tin")
    public List<Category> categories(@Context SecurityContext sc) {
        Callers.of(sc);
        return store.categories();
    }

    @GET
    @Path("articles/{id}")
    @SharedAnswer(value = Sharing.READERS, dependsOn = "news:article:{id}", seconds = 30)
    @OperationId("getArticle")
    @Returns(ArticleDetail.class)
    @Summary("Một bài viết: đã đăng và trong phạm vi của tôi, hoặc mọi trạng thái với biên tập viên/người duyệt")
    public Response article(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Article a = articles.visible(c, id);
        boolean manager = Access.manages(articles.auth, c, a);
        EntityTag tag = new EntityTag(ETags.article(a, manager ? a.views() : null));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(revalidate()).build();
        }
        Response.ResponseBuilder ok = Response.ok(Views.detail(a, articles.orgs.tree(), articles.labels(), manager,
                articles.cover(a))).tag(tag).cacheControl(revalidate());
        if (!manager) {
            store.countView(id);
            readers(a).declare(ok);
        }
        return expires(ok.build(), a.expiresAt());
    }

    /**
     * Who gets the reader's view of {@code a} (one copy for all of them, see
     * {@link vn.sotay.api.rest.SharedAnswer.Sharing#READERS}): {@link Access#readable} without
     * {@link Access#manages}, since a manager's view shows the counters. Published: the resource
     * declares only what it answered with 200 to a non-manager.
     */
    static Readers readers(Article a) {
        return Readers.of(a.audienceOrgId()).except(Role.EDITOR, Role.REVIEWER);
    }

    private static Response conditional(Request request, EntityTag tag, Object entity) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(revalidate()).build();
        }
        return Response.ok(entity).tag(tag).cacheControl(revalidate()).build();
    }

    /**
     * The answer with {@code Expires} at {@code changes} (when articles go live or expire): a copy the
     * answer cache keeps (see {@link vn.sotay.api.rest.SharedAnswer}) ends then; clients get no-store.
     */
    private static Response expires(Response r, Instant changes) {
        return changes == null ? r : Response.fromResponse(r).expires(java.util.Date.from(changes)).build();
    }

    /** Private to the caller, and revalidated (If-None-Match) before every reuse. */
    private static CacheControl revalidate() {
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoCache(true);
        cc.setNoTransform(false);
        return cc;
    }
}
