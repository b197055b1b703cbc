package vn.sotay.api.calendar;

import java.time.Instant;

import vn.sotay.api.content.ContentRef;

/**
 * One dated entry of a person's calendar, contributed by a module ({@link vn.sotay.spi.calendar.CalendarSource}):
 * a meeting, a task's deadline, a contest's window, a notice's expiry.
 *
 * @param source the contributing module's source name ({@code notices}); with {@code id} it names the entry
 * @param id     the entry's id within its source, stable across calls (a calendar feed's UID is built from both)
 * @param kind   what it is, in Vietnamese ("Hạn thông báo", "Họp chi bộ")
 * @param title  the title shown
 * @param start  when it starts (a deadline: when it falls due)
 * @param end    when it ends, or {@code null} for a moment (a deadline)
 * @param allDay a whole day in Asia/Ho_Chi_Minh ({@code start} is that day's midnight there)
 * @param ref    the content it is about, or {@code null}
 * @param url    the API path a client opens, or {@code null}
 */
public record CalendarEntry(String source, String id, String kind, String title, Instant start, Instant end,
        boolean allDay, ContentRef ref, String url) {
}
