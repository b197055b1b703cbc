package vn.sotay.news.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.rest.SharedAnswerHits;

/**
 * Counts a view when the answer cache serves an article without running {@link NewsResource#article}:
 * a reader's view counts whether the bytes came from the resource or from the cache. A plain member
 * never manages an article; anyone holding a grant is checked as the resource checks.
 */
@Component(property = SotayModule.MODULE + "=" + NewsModule.ID)
public class ArticleViews implements SharedAnswerHits {
    private static final String ARTICLES = "/articles/";
    private final NewsArticles articles;

    @Activate
    public ArticleViews(@Reference NewsArticles articles) {
        this.articles = articles;
    }

    @Override
    public void served(String path, Caller caller) {
        if (!path.startsWith(ARTICLES) || path.length() > ARTICLES.length() + 18) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(path.substring(ARTICLES.length()));
        } catch (NumberFormatException e) {
            return;
        }
        boolean plain = caller.grants().stream().allMatch(g -> g.role() == Role.MEMBER);
        if (plain || articles.store.read(id).filter(a -> !Access.manages(articles.auth, caller, a)).isPresent()) {
            articles.store.countView(id);
        }
    }
}
