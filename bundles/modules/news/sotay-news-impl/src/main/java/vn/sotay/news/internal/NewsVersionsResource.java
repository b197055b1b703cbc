package vn.sotay.news.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.spi.module.SotayModule;

/** An article's versions ({@code /api/news/articles/{id}/versions}): history, one version, restoring one. */
@Component(service = NewsVersionsResource.class,
        property = {SotayModule.MODULE + "=news", SotayModule.REST_RESOURCE + "=true"})
@Path("articles/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsVersionsResource {
    private final NewsArticles articles;

    @Activate
    public NewsVersionsResource(@Reference NewsArticles articles) {
        this.articles = articles;
    }

    @GET
    @OperationId("listArticleVersions")
    @Roles(value = {Role.EDITOR, Role.REVIEWER}, over = "the article's audience (audienceOrgId)")
    @Summary("Lịch sử phiên bản: ai lưu, khi nào, thay đổi gì")
    public List<ArticleVersion> versions(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        articles.target(c, id, Role.EDITOR, Role.REVIEWER);
        return articles.store.versions(id).stream().map(ArticleVersion::withoutBody).toList();
    }

    @GET
    @Path("{n}")
    @OperationId("getArticleVersion")
    @Roles(value = {Role.EDITOR, Role.REVIEWER}, over = "the article's audience (audienceOrgId)")
    @Summary("Một phiên bản, với nội dung")
    public ArticleVersion version(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("n") int n) {
        Caller c = Callers.of(sc);
        articles.target(c, id, Role.EDITOR, Role.REVIEWER);
        return articles.store.versions(id).stream().filter(v -> v.number() == n).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy phiên bản " + n + " của bài viết."));
    }

    @POST
    @Path("{n}/restore")
    @OperationId("restoreArticleVersion")
    @Roles(value = Role.EDITOR, over = "the article's audience (audienceOrgId)")
    @Summary("Khôi phục tiêu đề, tóm tắt và nội dung của một phiên bản cũ thành phiên bản mới")
    public ArticleDetail restore(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("n") int n) {
        Caller c = Callers.of(sc);
        articles.target(c, id, Role.EDITOR);
        return articles.saved(c, articles.store.save(id, ReviewAction.RESTORE, c.accountId(), c.name(), NewsArticles.now(),
                null, (em, e) -> NewsStore.restore(em, e, n)), ReviewAction.RESTORE, "v" + n);
    }
}
