package vn.sotay.meetings.internal.vote;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.live.LiveUpdates;
import vn.sotay.api.live.LiveUpdates.LiveTopic;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;

/**
 * Vote tallies on the meeting's live topic {@code meetings/<id>}, event {@code tally}, coalesced per
 * vote: those who run the meeting get the counts of an open ballot as it runs ({@link LiveTally#tally});
 * everybody else who may read the meeting gets how many have voted; after closing all get the
 * result. The topic is opened on demand (reading the votes, a vote or a ballot), followable by
 * whoever may read the meeting.
 */
@Component(service = VoteLive.class)
public class VoteLive {
    private final LiveUpdates live;
    private final MeetingAccess access;

    @Activate
    public VoteLive(@Reference LiveUpdates live, @Reference MeetingAccess access) {
        this.live = live;
        this.access = access;
    }

    /** What an event carries. */
    public record LiveTally(long voteId, Vote.Status status, int voted, int eligible, Vote.Tally tally, Vote.Result result) {
    }

    /** Opens (or finds) the meeting's topic. */
    LiveTopic topic(long meetingId) {
        return live.open("meetings/" + meetingId, c -> readable(c, meetingId));
    }

    /** Publishes the vote's tally: {@code chair} to those who run the meeting, {@code members} to the others. */
    void publish(Meeting m, long voteId, LiveTally chair, LiveTally members) {
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
