package vn.sotay.meetings.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.live.LiveUpdates;

/**
 * What the meeting cycle tells people: the roll's inboxes on announce, postpone and cancel (one
 * {@link Inbox#tellMembers} call per 1,000 members, never one per member), and the attendance on the
 * live topic {@code meetings/<id>} (event {@code attendance}, coalesced by key {@code attendance}),
 * followable by whoever may read the meeting and closed when it closes.
 */
@Component(service = MeetingSignals.class)
public class MeetingSignals {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingSignals.class);
    /** The content type of a meeting's references (inbox items, calendar entries). */
    static final String REF_TYPE = "meeting";

    private final Inbox inbox;
    private final LiveUpdates live;
    private final AttendanceStore attendance;
    private final MeetingAccess access;

    @Activate
    public MeetingSignals(@Reference Inbox inbox, @Reference LiveUpdates live, @Reference AttendanceStore attendance,
            @Reference MeetingAccess access) {
        this.inbox = inbox;
        this.live = live;
        this.attendance = attendance;
        this.access = access;
    }

    /** Tells the roll about {@code m} (after the write committed); a failure is logged, the change stands. */
    void tell(Caller c, Meeting m, String title, String text) {
        try {
            List<Long> ids = attendance.memberIds(m.id());
            String t = title.length() > InboxMessage.MAX_TITLE ? title.substring(0, InboxMessage.MAX_TITLE - 1) + "…" : title;
            String x = text != null && text.length() > InboxMessage.MAX_TEXT ? text.substring(0, InboxMessage.MAX_TEXT - 1) + "…" : text;
            InboxMessage msg = new InboxMessage(t, x, new ContentRef(REF_TYPE, String.valueOf(m.id())), "Xem cuộc họp",
                    "/cms/#/meetings/" + m.id());
            for (int i = 0; i < ids.size(); i += Inbox.MAX_MEMBERS) {
                inbox.tellMembers(c, MeetingsModule.ID, ids.subList(i, Math.min(ids.size(), i + Inbox.MAX_MEMBERS)), msg);
            }
        } catch (RuntimeException e) {
            LOG.warn("Telling the roll of meeting {} in their inboxes failed", m.id(), e);
        }
    }

    /** The meeting's live topic, opened on demand. */
    LiveUpdates.LiveTopic topic(long meetingId) {
        return live.open("meetings/" + meetingId, c -> {
            try {
                access.read(c, meetingId);
                return true;
            } catch (ProblemException e) {
                return false;
            }
        });
    }

    /** Publishes the attendance summary (and the member whose row changed, or {@code null}) to the topic's followers. */
    void attendance(long meetingId, Long memberId) {
        try {
            AttendanceSummary s = attendance.summary(meetingId);
            topic(meetingId).publish("attendance", new LiveAttendance(s, memberId == null ? null : attendance.of(meetingId, memberId)),
                    c -> true, "attendance");
        } catch (RuntimeException e) {
            LOG.warn("Publishing the attendance of meeting {} failed", meetingId, e);
        }
    }

    /** Publishes the final attendance and closes the topic (the meeting closed). */
    void closed(long meetingId) {
        attendance(meetingId, null);
        topic(meetingId).close();
    }

    /** The event's payload: the counts and the row that changed. */
    public record LiveAttendance(AttendanceSummary summary, Attendee changed) {
    }
}
