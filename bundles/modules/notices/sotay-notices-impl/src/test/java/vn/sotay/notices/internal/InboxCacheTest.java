package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.change.ChangeEvent;

class InboxCacheTest {
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aChangeEventEvictsItsAudienceOnlyAndAnEventWithoutOneEvictsAll() {
        List<Long> loads = new ArrayList<>();
        InboxCache cache = new InboxCache(a -> {
            loads.add(a);
            return List.of(new Notice(a * 10, "T", "B", a, 1, "S", NOW.minusSeconds(60), null));
        }, m -> Map.of());
        cache.inbox(List.of(1L, 2L), 7, NOW, 0, 10);
        cache.inbox(List.of(1L, 2L), 7, NOW, 0, 10);
        assertEquals(List.of(1L, 2L), loads, "served from memory the second time");
        cache.changed(ChangeEvent.created("notices", "notice", 99, 2L));
        cache.inbox(List.of(1L, 2L), 7, NOW, 0, 10);
        assertEquals(List.of(1L, 2L, 2L), loads, "only audience 2 is read again");
        cache.changed(ChangeEvent.updated("notices", "notice", 99, null));
        cache.inbox(List.of(1L, 2L), 7, NOW, 0, 10);
        assertEquals(List.of(1L, 2L, 2L, 1L, 2L), loads);
    }
}
