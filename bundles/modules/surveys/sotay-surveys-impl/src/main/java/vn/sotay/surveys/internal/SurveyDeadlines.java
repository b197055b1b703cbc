package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.api.org.OrgService;
import vn.sotay.spi.calendar.CalendarSource;
import vn.sotay.spi.module.SotayModule;

/** A member's calendar shows when the published surveys addressed to their cell or above close (one indexed query). */
@Component(property = {CalendarSource.SOURCE + "=" + SurveysModule.ID, SotayModule.MODULE + "=" + SurveysModule.ID})
public class SurveyDeadlines implements CalendarSource {
    static final int MAX = 200;
    private final SurveyStore store;
    private final OrgService orgs;

    @Activate
    public SurveyDeadlines(@Reference SurveyStore store, @Reference OrgService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public List<CalendarEntry> entries(Caller caller, Instant from, Instant to) {
        if (caller.cellId() == null) {
            return List.of();
        }
        List<Long> path = orgs.tree().pathIds(caller.cellId());
        return path.isEmpty() ? List.of() : store.closing(path, from, to, MAX).stream()
                .map(s -> new CalendarEntry(SurveysModule.ID, String.valueOf(s.id()), "Hạn trả lời thăm dò ý kiến", s.title(),
                        s.closeAt(), null, false, null, "/api/surveys/" + s.id()))
                .toList();
    }
}
