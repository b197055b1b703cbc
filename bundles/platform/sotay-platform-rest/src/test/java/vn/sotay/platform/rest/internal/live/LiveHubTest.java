package vn.sotay.platform.rest.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.live.LiveUpdates;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The hub without HTTP: audiences, coalescing, the bounded queue, the per-caller bound, heartbeats, closing topics. */
class LiveHubTest {
    private static final Caller A = Fakes.caller(1, 1L, Trees.CB01);
    private static final Caller B = Fakes.caller(2, 2L, Trees.XSL_CB01);

    /** A client socket: takes data while {@code ready}. */
    static final class FakeClient implements SseStream.Sink {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean ready = true;
        boolean completed;

        public boolean isReady() { return ready; }
        public void write(byte[] b) { out.writeBytes(b); }
        public void flush() { }
        public void complete() { completed = true; }

        String text() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private final LiveHub hub = new LiveHub(new ObjectMapper(), false);

    private SseStream last;

    private FakeClient connect(Caller c, String... topics) {
        SseStream s = hub.connect(c, List.of(topics));
        last = s;
        FakeClient client = new FakeClient();
        s.attach(client);
        for (String t : topics) {
            hub.follow(s, t);
        }
        return client;
    }

    @Test
    void eventsReachOnlyTheirAudience() {
        LiveHub.Topic t = hub.open(this, "meetings/7", c -> true);
        FakeClient a = connect(A, t.name());
        FakeClient b = connect(B, t.name());
        hub.deliver(t.name(), "tally", null, c -> c.cellId() == Trees.CB01 ? Map.of("present", 3) : null, null);
        assertTrue(a.text().contains("event: tally\ndata: {\"present\":3}\n\n"), a.text());
        assertFalse(b.text().contains("tally"), b.text());
    }

    @Test
    void unknownOrForbiddenTopicsAreNotFoundAlike() {
        hub.open(this, "meetings/8", c -> c.cellId() == Trees.CB01);
        assertEquals(404, assertThrows(ProblemException.class, () -> hub.connect(B, List.of("meetings/8"))).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> hub.connect(A, List.of("meetings/9"))).status());
        assertThrows(IllegalArgumentException.class, () -> hub.open(this, "Bad Topic", c -> true));
    }

    @Test
    void aSlowClientGetsTheLatestOfAKeyAndIsDroppedWhenItsQueueIsFull() {
        LiveHub.Topic t = hub.open(this, "meetings/7", c -> true);
        FakeClient slow = connect(A, t.name());
        slow.ready = false;
        for (int i = 0; i < 1000; i++) {
            hub.deliver(t.name(), "tally", null, c -> Map.of("votes", 1), "tally");
        }
        slow.ready = true;
        SseStream s = last;
        assertEquals(1, s.queued(), "a thousand tallies coalesced into the latest");
        slow.ready = false;
        for (int i = 0; i < SseStream.MAX_QUEUED + 5; i++) {
            hub.deliver(t.name(), "vote", (long) i, c -> Map.of("n", 1), null);
        }
        assertTrue(slow.completed, "a client that does not read is disconnected when its queue is full");
        assertEquals(0, hub.openStreams());
    }

    @Test
    void aCallerHoldsAtMostFiveStreamsTheOldestIsClosed() {
        hub.open(this, "meetings/7", c -> true);
        List<FakeClient> clients = new ArrayList<>();
        for (int i = 0; i < LiveUpdates.MAX_STREAMS_PER_CALLER + 2; i++) {
            clients.add(connect(A, "meetings/7"));
        }
        assertTrue(clients.get(0).completed);
        assertTrue(clients.get(1).completed);
        assertFalse(clients.get(2).completed);
        assertEquals(LiveUpdates.MAX_STREAMS_PER_CALLER, hub.openStreams());
        connect(B, "meetings/7");
        assertEquals(LiveUpdates.MAX_STREAMS_PER_CALLER + 1, hub.openStreams(), "per caller, not global");
    }

    @Test
    void heartbeatsAndIdsNeverRepeated() {
        hub.open(this, "platform/inbox", c -> true);
        FakeClient a = connect(A, "platform/inbox");
        SseStream s = last;
        hub.send(s, "platform/inbox", "inbox", 5L, Map.of("id", 5));
        hub.deliver("platform/inbox", "inbox", 5L, c -> Map.of("id", 5), null);
        hub.deliver("platform/inbox", "inbox", 6L, c -> Map.of("id", 6), null);
        assertEquals(1, count(a.text(), "id: 5\n"), "replayed and live: sent once");
        assertEquals(1, count(a.text(), "id: 6\n"));
        hub.heartbeat();
        assertTrue(a.text().endsWith(": heartbeat\n\n"), a.text());
    }

    @Test
    void closingATopicEndsStreamsThatFollowNothingElse() {
        hub.open(this, "meetings/7", c -> true);
        hub.open(this, "meetings/8", c -> true);
        FakeClient one = connect(A, "meetings/7");
        FakeClient both = connect(B, "meetings/7", "meetings/8");
        hub.close("meetings/7");
        assertTrue(one.text().contains("event: closed\ndata: {\"topic\":\"meetings/7\"}"), one.text());
        assertTrue(one.completed, "its only topic closed");
        assertFalse(both.completed, "still follows meetings/8");
        assertEquals(404, assertThrows(ProblemException.class, () -> hub.connect(A, List.of("meetings/7"))).status());
    }

    @Test
    void aBundlesTopicsCloseWhenItReleasesTheService() {
        LiveUpdatesImpl forModule = new LiveUpdatesImpl(hub);
        forModule.open("meetings/7", c -> true);
        FakeClient a = connect(A, "meetings/7");
        forModule.release(); // the module's bundle stopped or was uninstalled
        assertTrue(a.completed);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
