package vn.sotay.meetings.internal.minutes;

import java.util.List;

import org.osgi.service.component.annotations.Component;

/** No opinions and no votes: the fallback until the parts that own them provide {@link MinutesSources}. */
@Component(service = MinutesSources.class, property = "service.ranking:Integer=0")
public class NoMinutesSources implements MinutesSources {
    @Override
    public List<Opinion> opinions(long meetingId) {
        return List.of();
    }

    @Override
    public List<VoteResult> voteResults(long meetingId) {
        return List.of();
    }
}
