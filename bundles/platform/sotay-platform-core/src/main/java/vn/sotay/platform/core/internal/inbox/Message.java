package vn.sotay.platform.core.internal.inbox;

import java.time.Instant;

/** A stored message, as the store returns it ({@code ref} in its text form, or {@code null}). */
record Message(long id, String module, long senderAccountId, String senderName, String title, String text,
        String ref, String actionLabel, String actionLink, Instant sentAt) {
}
