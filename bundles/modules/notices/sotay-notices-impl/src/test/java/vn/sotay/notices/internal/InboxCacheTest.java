package vn.sotay.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    /** A year of history in one cell: 36,000 notices over the cell and its 3 ancestors, some expired, some read. */
    @Test
    void aLargeHistoryPagesLikeAFullSortAndStaysFast() {
        Random random = new Random(12);
        Map<Long, List<Notice>> history = new HashMap<>();
        for (int i = 1; i <= 36_000; i++) {
            long audience = 1 + random.nextInt(4);
            Instant sent = NOW.minusSeconds(random.nextInt(365 * 86_400)); // equal instants happen: ids break ties
            Instant expires = random.nextInt(10) == 0 ? NOW.minusSeconds(random.nextInt(86_400) - 43_200L) : null;
            history.computeIfAbsent(audience, k -> new ArrayList<>())
                    .add(new Notice(i, "T" + i, "B", audience, 1, "S", sent, expires));
        }
        Map<Long, NoticeFlags> flags = new HashMap<>();
        for (int i = 0; i < 700; i++) {
            long id = 1 + random.nextInt(36_000);
            flags.put(id, new NoticeFlags(random.nextInt(5) > 0, random.nextBoolean()));
        }
        flags.put(999_999L, new NoticeFlags(true, true)); // a receipt of a notice of another cell
        InboxCache cache = new InboxCache(a -> history.getOrDefault(a, List.of()), m -> flags);
        List<Long> path = List.of(4L, 3L, 2L, 1L);
        List<NoticeRow> expected = fullSort(history, flags, NOW);
        for (int offset : new int[] {0, 20, 500, expected.size() - 700, expected.size() - 10, expected.size(), 40_000}) {
            int from = Math.min(offset, expected.size());
            assertEquals(expected.subList(from, Math.min(expected.size(), offset + 21)),
                    cache.inbox(path, 7, NOW, offset, 21), "page at " + offset);
        }
        Instant later = NOW.plusSeconds(86_400); // more notices expired since: the live lists are filtered again
        assertEquals(fullSort(history, flags, later).subList(0, 21), cache.inbox(path, 7, later, 0, 21));

        long start = System.nanoTime();
        for (int i = 0; i < 5_000; i++) {
            cache.inbox(path, 7, later, 0, 21);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // a full sort of 36,000 rows took about 60 ms per page on the 2-core machine (5 minutes for these pages)
        assertTrue(ms < 10_000, "5,000 first pages over 36,000 notices took " + ms + " ms");
    }

    /** The old way: every unexpired notice of the path, sorted unread first, then newest. */
    private static List<NoticeRow> fullSort(Map<Long, List<Notice>> history, Map<Long, NoticeFlags> flags, Instant now) {
        List<NoticeRow> all = new ArrayList<>();
        history.values().forEach(list -> list.stream().filter(n -> !n.expired(now)).forEach(n -> {
            NoticeFlags f = flags.get(n.id());
            all.add(new NoticeRow(n, f != null && f.read(), f != null && f.acknowledged()));
        }));
        all.sort(Comparator.comparing(NoticeRow::read).thenComparing(
                Comparator.comparing((NoticeRow r) -> r.notice().sentAt()).reversed())
                .thenComparing(Comparator.comparingLong((NoticeRow r) -> r.notice().id()).reversed()));
        return all;
    }
}
