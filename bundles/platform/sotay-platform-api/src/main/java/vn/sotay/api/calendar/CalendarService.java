package vn.sotay.api.calendar;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * A person's calendar as the installed modules see it: the entries every registered
 * {@link vn.sotay.spi.calendar.CalendarSource} contributes for the caller, merged and ordered by
 * start. Provided by the core; the calendar module adds the member's own entries and the feeds, and
 * {@code GET /api/agenda} serves it. A module that is uninstalled contributes nothing at once.
 */
@ProviderType
public interface CalendarService {
    /** Longest span asked in one call. */
    java.time.Duration MAX_SPAN = java.time.Duration.ofDays(400);

    /**
     * Entries starting in {@code [from, to)} (or ending in it, for entries with an end), ordered by
     * start; a source that fails is left out (logged), never failing the others.
     *
     * @throws vn.sotay.api.ProblemException 400 when {@code to} is not after {@code from} or the span exceeds {@link #MAX_SPAN}
     */
    List<CalendarEntry> entries(Caller caller, Instant from, Instant to);
}
