package vn.sotay.news.internal;

import java.time.Instant;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.Role;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.spi.module.SotayModule;

/** The editorial workflow of news ({@code vn.sotay.api.review}): the desks, drafting and reviewing articles. */
@Component(service = NewsDeskResource.class,
        property = {SotayModule.MODULE + "=news", SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsDeskResource {
    private static final String AUDIENCE = "the article's audience (audienceOrgId)";

    private final NewsArticles articles;
    private final NewsStore store;
    private final ReviewPolicy review;

    @Activate
    public NewsDeskResource(@Reference NewsArticles articles, @Reference ReviewPolicy review) {
        this.articles = articles;
        this.store = articles.store;
        this.review = review;
    }

    @GET
    @Path("review")
    @OperationId("listArticleReviewQueue")
    @Summary("Hàng chờ duyệt: bài đã gửi duyệt trong phạm vi tôi được duyệt")
    public Page<ArticleItem> review(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.SUBMITTED), Role.REVIEWER, NewsQuery.paging(cursor, limit));
    }

    @GET
    @Path("desk")
    @OperationId("listArticleDesk")
    @Summary("Bàn biên tập: bài nháp, bị trả lại hoặc đang chờ duyệt trong phạm vi tôi biên tập")
    public Page<ArticleItem> desk(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED, ReviewStatus.SUBMITTED), Role.EDITOR,
                NewsQuery.paging(cursor, limit));
    }

    private Page<ArticleItem> queue(Caller c, Set<ReviewStatus> statuses, Role role, NewsQuery.Paging paging) {
        OrgTree tree = articles.orgs.tree();
        Map<String, String> labels = articles.labels();
        List<Article> mine = store.withStatus(statuses).stream().filter(a -> articles.auth.holds(c, a.audienceOrgId(), role))
                .skip(paging.offset()).limit(paging.limit() + 1L).toList();
        ImageLinks covers = articles.covers(mine);
        return Page.ofOffset(mine.stream().map(a -> Views.item(a, tree, labels, covers)).toList(), paging.offset(),
                paging.limit());
    }

    @POST
    @Path("articles")
    @OperationId("createArticle")
    @Roles(value = Role.EDITOR, over = AUDIENCE)
    @Returns(value = ArticleDetail.class, status = 201)
    @Summary("Viết bản nháp (biên tập viên tại hoặc trên tổ chức được chọn làm phạm vi)")
    public Response draft(@Context SecurityContext sc, @Context UriInfo uri, ArticleRequest request) {
        ArticleDetail d = create(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Validates, authorises, stores (version 1) and audits a new draft. */
    ArticleDetail create(Caller c, ArticleRequest request) {
        OrgTree tree = articles.orgs.tree();
        ArticleRequest r = ArticleValidation.check(request, tree, articles.labels().keySet(), articles::imageExists);
        articles.auth.require(c, r.audienceOrgId(), Role.EDITOR);
        Article a = store.insert(r, c.accountId(), c.name(), NewsArticles.now());
        articles.audit.record(c, ReviewAction.DRAFT.audit(NewsModule.ID), "article", String.valueOf(a.id()), a.title());
        return Views.detail(a, tree, articles.labels(), true, articles.cover(a));
    }

    @PUT
    @Path("articles/{id}")
    @OperationId("updateArticle")
    @Roles(value = Role.EDITOR, over = AUDIENCE)
    @Summary("Sửa bài (chỉ khi là bản nháp hoặc bị trả lại); mỗi lần lưu là một phiên bản")
    public ArticleDetail update(@Context SecurityContext sc, @PathParam("id") long id, ArticleRequest request) {
        Caller c = Callers.of(sc);
        Article a = articles.target(c, id, Role.EDITOR);
        ReviewAction.UPDATE.apply(a.status(), "bài viết"); // 409 before any 400: the article is not editable now
        ArticleRequest r = ArticleValidation.check(request, articles.orgs.tree(), articles.labels().keySet(),
                articles::imageExists);
        if (r.audienceOrgId() != a.audienceOrgId()) {
            articles.auth.require(c, r.audienceOrgId(), Role.EDITOR);
        }
        return articles.saved(c, store.save(id, ReviewAction.UPDATE, c.accountId(), c.name(), NewsArticles.now(), null,
                (em, e) -> NewsStore.content(e, r)), ReviewAction.UPDATE, null);
    }

    @POST
    @Path("articles/{id}/submit")
    @OperationId("submitArticle")
    @Roles(value = Role.EDITOR, over = AUDIENCE)
    @Summary("Gửi bài lên Ban Biên tập để duyệt")
    public ArticleDetail submit(@Context SecurityContext sc, @PathParam("id") long id) {
        return step(Callers.of(sc), id, Role.EDITOR, ReviewAction.SUBMIT, null);
    }

    @POST
    @Path("articles/{id}/return")
    @OperationId("returnArticle")
    @Roles(value = Role.REVIEWER, over = AUDIENCE)
    @Summary("Trả lại bài kèm ý kiến (người duyệt tại hoặc trên phạm vi của bài)")
    public ArticleDetail sendBack(@Context SecurityContext sc, @PathParam("id") long id, CommentRequest body) {
        Caller c = Callers.of(sc);
        articles.target(c, id, Role.REVIEWER);
        String comment = ArticleValidation.comment(body);
        return articles.saved(c, store.save(id, ReviewAction.RETURN, c.accountId(), c.name(), NewsArticles.now(), comment,
                (em, e) -> { }), ReviewAction.RETURN, comment);
    }

    @POST
    @Path("articles/{id}/approve")
    @OperationId("approveArticle")
    @Roles(value = Role.REVIEWER, over = AUDIENCE + "; never its own author")
    @Summary("Duyệt bài: bài được đăng từ thời điểm đăng (ngay nếu không hẹn giờ); publishAt (ISO 8601, không bắt "
            + "buộc) là giờ đăng do Ban Biên tập hẹn, thay cho giờ người viết đặt")
    public ArticleDetail approve(@Context SecurityContext sc, @PathParam("id") long id,
            @Description(value = "Giờ đăng do Ban Biên tập hẹn (ISO 8601), không bắt buộc", type = "date-time")
            @QueryParam("publishAt") String publishAt) {
        Caller c = Callers.of(sc);
        Article a = articles.target(c, id, Role.REVIEWER);
        review.requireIndependentReviewer(c, store.authors(id), NewsModule.ID, "article", String.valueOf(id));
        Instant now = NewsArticles.now();
        Instant at = ArticleValidation.reviewerSchedule(publishAt, now, a.expiresAt());
        return articles.saved(c, store.save(id, ReviewAction.APPROVE, c.accountId(), c.name(), now, null, (em, e) -> {
            if (at != null) {
                e.setPublishAt(Sql.utc(at));
            } else if (e.getPublishAt() == null) {
                e.setPublishAt(Sql.utc(now));
            }
        }), ReviewAction.APPROVE, null);
    }

    @POST
    @Path("articles/{id}/archive")
    @OperationId("archiveArticle")
    @Roles(value = Role.REVIEWER, over = AUDIENCE)
    @Summary("Gỡ bài đã đăng (lưu trữ)")
    public ArticleDetail archive(@Context SecurityContext sc, @PathParam("id") long id) {
        return step(Callers.of(sc), id, Role.REVIEWER, ReviewAction.ARCHIVE, null);
    }

    private ArticleDetail step(Caller c, long id, Role role, ReviewAction action, String note) {
        articles.target(c, id, role);
        return articles.saved(c, store.save(id, action, c.accountId(), c.name(), NewsArticles.now(), note, (em, e) -> { }),
                action, note);
    }
}
