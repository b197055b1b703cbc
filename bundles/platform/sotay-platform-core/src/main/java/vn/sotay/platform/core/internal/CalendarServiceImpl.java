package vn.sotay.platform.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.api.calendar.CalendarService;
import vn.sotay.spi.calendar.CalendarSource;

/** The modules' calendar entries merged from the CalendarSource whiteboard. */
@Component
public class CalendarServiceImpl implements CalendarService {
    private final Map<CalendarSource, String> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(CalendarSource s, Map<String, Object> props) {
        sources.put(s, String.valueOf(props.get(CalendarSource.SOURCE)));
    }

    void removeSource(CalendarSource s) {
        sources.remove(s);
    }

    @Override
    public List<CalendarEntry> entries(Caller caller, Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw ProblemException.invalid("to", "Khoảng thời gian không hợp lệ (tối đa " + MAX_SPAN.toDays() + " ngày).");
        }
        List<CalendarEntry> out = new ArrayList<>();
        sources.forEach((s, name) -> {
            try {
                out.addAll(s.entries(caller, from, to));
            } catch (RuntimeException e) { // one failing module never empties the calendar
                LoggerFactory.getLogger(CalendarServiceImpl.class).warn("Calendar source {} failed", name, e);
            }
        });
        out.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::source)
                .thenComparing(CalendarEntry::id));
        return out;
    }
}
