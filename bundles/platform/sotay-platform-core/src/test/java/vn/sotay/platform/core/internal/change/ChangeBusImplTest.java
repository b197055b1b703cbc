package vn.sotay.platform.core.internal.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.spi.change.ChangeListener;

class ChangeBusImplTest {
    private final ChangeBusImpl bus = new ChangeBusImpl();

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void listenersGetTheirModulesEventsInOrderOffThePublishersThread() {
        List<String> news = new CopyOnWriteArrayList<>();
        List<String> all = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        bus.addListener(e -> {
            news.add(e.id());
            threads.add(Thread.currentThread().getName());
        }, Map.of(ChangeListener.MODULE, "news", ChangeListener.TYPE, new String[] {"article"}));
        bus.addListener(e -> all.add(e.module() + ":" + e.id()), Map.of());
        for (int i = 0; i < 100; i++) {
            bus.publish(ChangeEvent.updated(i % 2 == 0 ? "news" : "notices", "article", i, null));
        }
        assertTrue(bus.publishAndWait(ChangeEvent.created("news", "image", "x", null), Duration.ofSeconds(5)));
        assertEquals(50, news.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(String.valueOf(2 * i), news.get(i), "publication order");
        }
        assertEquals(101, all.size());
        assertEquals(ChangeBusImpl.THREAD, threads.get(0));
        assertNotEquals(Thread.currentThread().getName(), threads.get(0));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersAndARemovedOneGetsNothing() {
        List<String> got = new CopyOnWriteArrayList<>();
        ChangeListener failing = e -> {
            throw new IllegalStateException("boom");
        };
        ChangeListener removed = e -> got.add("removed");
        bus.addListener(failing, Map.of());
        bus.addListener(removed, Map.of());
        bus.addListener(e -> got.add(e.id()), Map.of());
        bus.removeListener(removed);
        assertTrue(bus.publishAndWait(ChangeEvent.deleted("documents", "document", 5, 1L), Duration.ofSeconds(5)));
        assertEquals(List.of("5"), got);
    }

    @Test
    void aListenerPublishingDoesNotWaitForItself() {
        List<String> got = new CopyOnWriteArrayList<>();
        bus.addListener(e -> {
            got.add(e.id());
            if (e.id().equals("1")) {
                got.add("waited=" + bus.publishAndWait(ChangeEvent.updated("m", "t", 2, null), Duration.ofSeconds(5)));
            }
        }, Map.of());
        assertTrue(bus.publishAndWait(ChangeEvent.updated("m", "t", 1, null), Duration.ofSeconds(5)));
        bus.publishAndWait(ChangeEvent.updated("m", "t", 3, null), Duration.ofSeconds(5));
        assertEquals(List.of("1", "waited=false", "2", "3"), got);
    }
}
