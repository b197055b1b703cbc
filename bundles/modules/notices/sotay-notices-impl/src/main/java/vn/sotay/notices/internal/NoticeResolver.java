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
import vn.sotay.api.Role;
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
        List<Long> numeric = ids.stream().filter(i -> i.chars().allMatch(Character::isDigit) && i.length() < 19)
                .map(Long::valueOf).toList();
        Instant now = Instant.now();
        Map<String, ResolvedContent> out = new HashMap<>();
        for (Notice n : store.byIds(numeric)) {
            if (readable(caller, n, now)) {
                out.put(String.valueOf(n.id()), new ResolvedContent(new ContentRef(TYPE, String.valueOf(n.id())), true,
                        n.title(), "/api/notices/" + n.id(), "Thông báo", n.sentAt()));
            }
        }
        return out;
    }

    /** {@code NoticesResource.readable}'s rule: the sender and staff over the audience, else unexpired and within it. */
    private boolean readable(Caller c, Notice n, Instant now) {
        boolean manager = n.senderAccountId() == c.accountId()
                || auth.holds(c, n.audienceOrgId(), Role.SECRETARY, Role.COMMITTEE, Role.EDITOR, Role.REVIEWER);
        return manager || !n.expired(now) && auth.canRead(c, n.audienceOrgId());
    }
}
