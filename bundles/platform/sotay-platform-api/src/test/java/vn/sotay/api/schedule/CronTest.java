package vn.sotay.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class CronTest {
    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(Scheduler.ZONE);
    }

    private static String next(String cron, String after) {
        return Cron.parse(cron).next(at(after)).orElseThrow().toLocalDateTime().toString();
    }

    @Test
    void twoInTheNightRunsOncePerDayInVietnam() {
        assertEquals("2026-12-04T02:00", next("0 2 * * *", "2026-12-03T02:00"), "strictly after");
        assertEquals("2026-12-03T02:00", next("0 2 * * *", "2026-12-03T01:59:59"));
        assertEquals("2027-01-01T02:00", next("0 2 * * *", "2026-12-31T23:00"), "across the year");
    }

    @Test
    void stepsRangesAndLists() {
        assertEquals("2026-12-03T10:15", next("*/15 * * * *", "2026-12-03T10:00"));
        assertEquals("2026-12-03T10:20", next("10-30/10 * * * *", "2026-12-03T10:10"));
        assertEquals("2026-12-03T11:10", next("10-30/10 * * * *", "2026-12-03T10:30"));
        assertEquals("2026-12-03T18:05", next("5 8,18 * * *", "2026-12-03T08:05"));
        assertEquals("2026-12-03T10:50", next("50/5 * * * *", "2026-12-03T10:45"));
    }

    @Test
    void daysOfWeekAndMonth() {
        // 2026-12-03 is a Thursday
        assertEquals("2026-12-07T07:30", next("30 7 * * 1", "2026-12-03T08:00"), "next Monday");
        assertEquals("2026-12-06T00:00", next("0 0 * * 0", "2026-12-03T08:00"), "Sunday as 0");
        assertEquals("2026-12-06T00:00", next("0 0 * * 7", "2026-12-03T08:00"), "Sunday as 7");
        assertEquals("2027-01-01T06:00", next("0 6 1 * *", "2026-12-03T08:00"), "the 1st");
        assertEquals("2026-12-04T06:00", next("0 6 1 * 5", "2026-12-03T08:00"),
                "both day fields restricted: either matches (Friday before the 1st)");
        assertEquals("2027-03-05T00:00", next("0 0 5 3 *", "2026-12-03T08:00"), "a month later");
        assertEquals("2028-02-29T12:00", next("0 12 29 2 *", "2026-12-03T08:00"), "leap day");
    }

    @Test
    void anImpossibleDayNeverFires() {
        assertTrue(Cron.parse("0 0 30 2 *").next(at("2026-01-01T00:00")).isEmpty());
    }

    @Test
    void malformedExpressionsNameTheirField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 2 * *")).getMessage().contains("5 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("60 2 * * *")).getMessage().contains("minute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 24 * * *")).getMessage().contains("hour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 0 * *")).getMessage().contains("day of month"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 * 13 *")).getMessage().contains("month"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 * * 8")).getMessage().contains("day of week"));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("*/0 * * * *"));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("a * * * *"));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("5-1 * * * *"));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("1-2-3 * * * *"));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse(",1 * * * *"));
    }
}
