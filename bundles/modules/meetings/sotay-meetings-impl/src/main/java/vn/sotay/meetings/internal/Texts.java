package vn.sotay.meetings.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Small texts shown to members (Vietnamese, the province's time). */
final class Texts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(MeetingsStore.ZONE);

    private Texts() {
    }

    /** {@code 08:00 ngày 04/01/2027}. */
    static String when(Instant at) {
        return WHEN.format(at);
    }
}
