package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.calendar.CalendarEntry;
import vn.sotay.spi.calendar.CalendarSource;

/** Sources merged by start; a failing or removed source leaves the others; the span is bounded. */
class CalendarServiceImplTest {
    static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");

    static CalendarEntry entry(String source, String id, long hours) {
        return new CalendarEntry(source, id, "Họp", "Mục " + id, T0.plusSeconds(hours * 3600), null, false, null, null);
    }

    @Test
    void entriesOfEverySourceComeMergedByStart() {
        CalendarServiceImpl s = new CalendarServiceImpl();
        CalendarSource meetings = (c, f, t) -> List.of(entry("meetings", "2", 5), entry("meetings", "1", 1));
        CalendarSource notices = (c, f, t) -> List.of(entry("notices", "9", 3));
        CalendarSource broken = (c, f, t) -> {
            throw new IllegalStateException("down");
        };
        s.addSource(meetings, Map.of(CalendarSource.SOURCE, "meetings"));
        s.addSource(notices, Map.of(CalendarSource.SOURCE, "notices"));
        s.addSource(broken, Map.of(CalendarSource.SOURCE, "broken"));
        assertEquals(List.of("1", "9", "2"), s.entries(Caller.SYSTEM, T0, T0.plusSeconds(86_400)).stream()
                .map(CalendarEntry::id).toList());
        s.removeSource(meetings);
        assertEquals(List.of("9"), s.entries(Caller.SYSTEM, T0, T0.plusSeconds(86_400)).stream()
                .map(CalendarEntry::id).toList(), "an uninstalled module's entries are gone at once");
        assertEquals(400, assertThrows(ProblemException.class, () -> s.entries(Caller.SYSTEM, T0, T0)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> s.entries(Caller.SYSTEM, T0, T0.plusSeconds(401L * 86_400))).status());
    }
}
