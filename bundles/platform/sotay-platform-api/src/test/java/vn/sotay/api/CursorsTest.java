package vn.sotay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed and overflowing cursors and limits are 400s naming the parameter, never an exception of another kind. */
class CursorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"o-1", "o2147483648", "o99999999999999999999", "o1000001", "x1", "o", "o1.5", "o 1"})
    void aBadCursorIsA400(String cursor) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursors.offset(cursor));
        assertEquals(400, e.status());
        assertEquals("cursor", e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "2147483648", "abc", "1e3"})
    void aBadLimitIsA400(String limit) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursors.limit(limit));
        assertEquals(400, e.status());
        assertEquals("limit", e.errors().get(0).field());
    }

    @org.junit.jupiter.api.Test
    void theDeepestOffsetStillPagesWithoutOverflow() {
        assertEquals(Cursors.MAX_OFFSET, Cursors.offset("o" + Cursors.MAX_OFFSET));
        assertEquals("o" + (Cursors.MAX_OFFSET + 100),
                Page.ofOffset(java.util.Collections.nCopies(101, "x"), Cursors.MAX_OFFSET, 100).next());
    }
}
