package vn.sotay.spi.calendar;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import vn.sotay.api.Caller;
import vn.sotay.api.calendar.CalendarEntry;

/**
 * A module's dated entries in people's calendars: meetings, task deadlines, contest windows. The
 * core merges every registered source ({@link vn.sotay.api.calendar.CalendarService}); while the
 * module is uninstalled its entries are simply absent.
 *
 * <p>Registered as a DS service with {@link #SOURCE} (and {@link vn.sotay.spi.module.SotayModule#MODULE}).
 * Called on request threads (a phone opening the month, a calendar feed refreshed every few
 * minutes): answer from memory or with one indexed query, and only what the caller may read.
 *
 * <p>Example (the notices module contributes the expiry of notices addressed to the caller): <pre>
 * &#64;Component(property = {CalendarSource.SOURCE + "=notices", SotayModule.MODULE + "=notices"})
 * public class NoticeDeadlines implements CalendarSource { ... }</pre>
 */
@ConsumerType
public interface CalendarSource {
    /** Service property: the source name, also {@link CalendarEntry#source()} of its entries. */
    String SOURCE = "sotay.calendar.source";

    /** The caller's entries starting (or, with an end, overlapping) {@code [from, to)}; at most a few hundred. */
    List<CalendarEntry> entries(Caller caller, Instant from, Instant to);
}
