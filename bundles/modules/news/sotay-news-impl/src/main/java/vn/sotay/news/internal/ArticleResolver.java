package vn.sotay.news.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;
import vn.sotay.spi.module.SotayModule;

/** Articles as content references ({@code article:<id>}), readable by the same rule as {@code GET /api/news/articles/{id}}. */
@Component(property = {ContentResolver.TYPE + "=" + Documents.TYPE, SotayModule.MODULE + "=" + NewsModule.ID})
public class ArticleResolver implements ContentResolver {
    private final NewsStore store;
    private final AuthorizationService auth;

    @Activate
    public ArticleResolver(@Reference NewsStore store, @Reference AuthorizationService auth) {
        this.store = store;
        this.auth = auth;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids) {
        List<Long> numeric = ContentResolver.numericIds(ids);
        Instant now = Instant.now();
        Map<String, ResolvedContent> out = new HashMap<>();
        store.headers(numeric).values().stream().filter(a -> Access.readable(auth, caller, a, now))
                .forEach(a -> out.put(String.valueOf(a.id()), new ResolvedContent(
                        new ContentRef(Documents.TYPE, String.valueOf(a.id())), true, a.title(),
                        "/api/news/articles/" + a.id(), "Tin tức", a.publishAt())));
        return out;
    }
}
