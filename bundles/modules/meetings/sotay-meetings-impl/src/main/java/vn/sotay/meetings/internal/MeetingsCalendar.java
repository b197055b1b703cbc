package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.api.content.ContentRef;
import vn.sotay.spi.calendar.CalendarSource;
import vn.sotay.spi.module.SotayModule;

/** The caller's meetings (on their roll, not cancelled) in their calendar: one indexed query. */
@Component(property = {CalendarSource.SOURCE + "=" + MeetingsModule.ID, SotayModule.MODULE + "=" + MeetingsModule.ID})
public class MeetingsCalendar implements CalendarSource {
    static final int MAX = 200;
    private final MeetingsStore store;

    @Activate
    public MeetingsCalendar(@Reference MeetingsStore store) {
        this.store = store;
    }

    @Override
    public List<CalendarEntry> entries(Caller caller, Instant from, Instant to) {
        if (caller.memberId() == null || !from.isBefore(to)) {
            return List.of();
        }
        return store.calendar(caller.memberId(), from, to, MAX).stream()
                .map(m -> new CalendarEntry(MeetingsModule.ID, String.valueOf(m.id), kind(m.kind), m.title, instant(m.startsAt),
                        instant(m.endsAt), false, new ContentRef(MeetingSignals.REF_TYPE, String.valueOf(m.id)),
                        "/api/meetings/" + m.id))
                .toList();
    }

    private static String kind(String k) {
        return switch (Meeting.Kind.valueOf(k)) {
            case REGULAR -> "Sinh hoạt chi bộ";
            case THEMATIC -> "Sinh hoạt chuyên đề";
            case EXTRAORDINARY -> "Họp bất thường";
        };
    }
}
