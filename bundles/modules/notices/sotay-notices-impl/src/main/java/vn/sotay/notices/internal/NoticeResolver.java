package vn.sotay.notices.internal;

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

/** Notices as content references ({@code notice:<id>}), readable by the same rule as {@code GET /api/notices/{id}}. */
@Component(property = {ContentResolver.TYPE + "=" + NoticeResolver.TYPE, SotayModule.MODULE + "=notices"})
public class NoticeResolver implements ContentResolver {
    static final String TYPE = "notice";
    private final NoticeStore store;
    private final AuthorizationService auth;

    @Activate
    public NoticeResolver(@Reference NoticeStore store, @Reference AuthorizationService auth) {
        this.store = store;
        this.auth = auth;
    }

    @Override
    public Map<String, ResolvedContent> resolve(Caller caller, Collection<String> ids) {
        List<Long> numeric = ContentResolver.numericIds(ids);
        Instant now = Instant.now();
        Map<String, ResolvedContent> out = new HashMap<>();
        for (Notice n : store.byIds(numeric)) {
            if (n.readableBy(caller, auth, now)) {
                out.put(String.valueOf(n.id()), new ResolvedContent(new ContentRef(TYPE, String.valueOf(n.id())), true,
                        n.title(), "/api/notices/" + n.id(), "Thông báo", n.sentAt()));
            }
        }
        return out;
    }
}
