package vn.sotay.meetings.internal.vote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.ProblemException;
import vn.sotay.api.live.LiveUpdates;
import vn.sotay.api.live.LiveUpdates.LiveTopic;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.spi.change.ChangeListener;

/**
 * Vote tallies on the meeting's live topic {@code meetings/<id>}, event {@code tally}, coalesced per
 * vote: those who run the meeting get the counts of an open ballot as it runs ({@link LiveTally#tally});
 * everybody else who may read the meeting gets how many have voted; after closing all get the
 * result. The topic is opened on demand (reading the votes, a vote or a ballot), followable by
 * whoever may read the meeting, and closed when the meeting is closed or cancelled (a change event
 * of the meeting).
 */
@Component(service = {VoteLive.class, ChangeListener.class},
        property = {ChangeListener.MODULE + "=" + MeetingsModule.ID, ChangeListener.TYPE + "=" + MeetingsModule.TYPE})
public class VoteLive implements ChangeListener {
    private final LiveUpdates live;
    private final MeetingAccess access;
    private final MeetingsStore meetings;
    private final Map<Long, LiveTopic> opened = new ConcurrentHashMap<>();

    @Activate
    public VoteLive(@Reference LiveUpdates live, @Reference MeetingAccess access, @Reference MeetingsStore meetings) {
        this.live = live;
        this.access = access;
        this.meetings = meetings;
    }

    @Override
    public void changed(ChangeEvent e) {
        Long id = e.id() != null && e.id().matches("\\d{1,18}") ? Long.valueOf(e.id()) : null;
        if (id == null || !opened.containsKey(id)) {
            return;
        }
        String status = meetings.unit().read(em -> {
            var m = MeetingsStore.entity(em, id);
            return m == null ? null : m.status;
        });
        if (status == null || status.equals(Meeting.Status.CLOSED.name()) || status.equals(Meeting.Status.CANCELLED.name())) {
            LiveTopic t = opened.remove(id);
            if (t != null) {
                t.close();
            }
        }
    }

    /** What an event carries. */
    public record LiveTally(long voteId, Vote.Status status, int voted, int eligible, Vote.Tally tally, Vote.Result result) {
    }

    /** Opens (or finds) the meeting's topic. */
    LiveTopic topic(long meetingId) {
        LiveTopic t = live.open("meetings/" + meetingId, c -> readable(c, meetingId));
        opened.put(meetingId, t);
        return t;
    }

    /** Publishes the vote's tally: {@code chair} to those who run the meeting, {@code members} to the others. */
    void publish(Meeting m, long voteId, LiveTally chair, LiveTally members) {
        if (m.status() != Meeting.Status.OPEN) {
            return; // nobody follows a meeting that is not in session
        }
        LiveTopic t = topic(m.id());
        t.publish("tally", members, c -> !access.runs(c, m), "tally-" + voteId);
        t.publish("tally", chair, c -> access.runs(c, m), "tally-" + voteId + "-chair");
    }

    private boolean readable(Caller c, long meetingId) {
        try {
            access.read(c, meetingId);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
