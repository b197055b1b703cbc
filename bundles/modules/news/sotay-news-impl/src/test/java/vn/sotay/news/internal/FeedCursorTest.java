package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;

/** The feed's keyset cursor: its two segment forms, round trips and refusals. */
class FeedCursorTest {
    private static final Instant T = Instant.parse("2026-03-01T08:30:00.123Z");

    @Test
    void featuredAndNewestFormsRoundTrip() {
        FeedCursor f = FeedCursor.after(true, 3, T, 42);
        assertEquals("f:3:" + T.toEpochMilli() + ":42", f.encode());
        assertEquals(f, FeedCursor.parse(f.encode()));
        FeedCursor n = FeedCursor.after(false, 7, T, 43);
        assertEquals("n:" + T.toEpochMilli() + ":43", n.encode(), "the order of a non-featured item is not part of it");
        assertEquals(n, FeedCursor.parse(n.encode()));
        assertEquals(0, n.featuredOrder());
        assertEquals(T, FeedCursor.parse(" " + n.encode() + " ").publishAt());
    }

    @Test
    void absentIsTheFirstPage() {
        assertNull(FeedCursor.parse(null));
        assertNull(FeedCursor.parse(""));
        assertNull(FeedCursor.parse("  "));
    }

    @Test
    void malformedCursorsAre400NamingTheParameter() {
        for (String bad : new String[] {"o20", "20", "f:1:2", "n:1", "n:x:1", "f:-1:5:6", "n:5:0", "f:1:2:3:4",
                "x:1:2", "n:1:2:", "n:99999999999999999999:1", "f:1:2:abc"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> FeedCursor.parse(bad), bad);
            assertEquals(400, e.status(), bad);
            assertEquals("cursor", e.errors().get(0).field(), bad);
        }
    }
}
