package vn.sotay.notices.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.org.OrgService;
import vn.sotay.spi.calendar.CalendarSource;
import vn.sotay.spi.module.SotayModule;

/** A member's calendar shows when the notices addressed to their cell or above expire (one indexed query). */
@Component(property = {CalendarSource.SOURCE + "=notices", SotayModule.MODULE + "=notices"})
public class NoticeDeadlines implements CalendarSource {
    static final int MAX = 200;
    private final NoticeStore store;
    private final OrgService orgs;

    @Activate
    public NoticeDeadlines(@Reference NoticeStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public List<CalendarEntry> entries(Caller caller, Instant from, Instant to) {
        if (caller.cellId() == null) {
            return List.of();
        }
        List<Long> path = orgs.tree().pathIds(caller.cellId());
        return path.isEmpty() ? List.of() : store.expiring(path, from, to, MAX).stream()
                .map(n -> new CalendarEntry("notices", String.valueOf(n.id()), "Hạn thông báo", n.title(), n.expiresAt(),
                        null, false, new ContentRef("notice", String.valueOf(n.id())), "/api/notices/" + n.id()))
                .toList();
    }
}
