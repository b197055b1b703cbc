package vn.sotay.news.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.review.ReviewAction;

/**
 * What the news resources share: finding an article for a caller (404 when unreadable, 403 when
 * readable without the role), the categories' labels, cover image links, and what follows a
 * committed change (audit, the manager's view; the store's change event feeds the index).
 */
@Component(service = NewsArticles.class)
public class NewsArticles {
    /** Categories are data but change rarely: re-read at most this often. */
    static final long CATEGORY_TTL_MILLIS = 60_000;

    final NewsStore store;
    final OrgService orgs;
    final AuthorizationService auth;
    final AuditService audit;
    final NewsImages images;
    private volatile Map<String, String> labels;
    private volatile long labelsRead;

    @Activate
    public NewsArticles(@Reference NewsStore store, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference AuditService audit, @Reference NewsImages images) {
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
        this.images = images;
    }

    /** The article if the caller may read it now, else 404. */
    Article visible(Caller c, long id) {
        Article a = store.read(id).orElseThrow(NewsArticles::notFound);
        if (!Access.readable(auth, c, a, Instant.now())) {
            throw notFound();
        }
        return a;
    }

    /**
     * The article the caller acts on with one of {@code roles} over its audience: 404 when absent or
     * not readable by the caller (the same answer for every id: no existence oracle), 403 when the
     * caller reads it but lacks the role there.
     */
    Article target(Caller c, long id, Role... roles) {
        Article a = store.find(id).orElseThrow(NewsArticles::notFound);
        if (!auth.holds(c, a.audienceOrgId(), roles)) {
            if (Access.readable(auth, c, a, Instant.now())) {
                throw ProblemException.forbidden("Bài viết nằm ngoài phạm vi bạn được "
                        + (roles[0] == Role.REVIEWER ? "duyệt." : "biên tập."));
            }
            throw notFound();
        }
        return a;
    }

    /** After a committed change (the store published it: index and feed follow): audit, answer the article as its manager sees it. */
    ArticleDetail saved(Caller c, Article a, ReviewAction action, String detail) {
        audit.record(c, action.audit(NewsModule.ID), "article", String.valueOf(a.id()), detail == null ? a.title() : detail);
        return Views.detail(a, orgs.tree(), labels(), true, cover(a));
    }

    /** The signed image links of an answer about these articles, their cover images looked up in one query. */
    ImageLinks covers(List<Article> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> {
            if (a.coverImageId() != null) {
                ids.add(a.coverImageId());
            }
        });
        return images.links(store.images(ids));
    }

    /** The signed image links of an answer about this article. */
    ImageLinks cover(Article a) {
        return covers(List.of(a));
    }

    boolean imageExists(String id) {
        return store.image(id).isPresent();
    }

    /** Category code → label, re-read at most every {@link #CATEGORY_TTL_MILLIS}. */
    Map<String, String> labels() {
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

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy bài viết.");
    }
}
