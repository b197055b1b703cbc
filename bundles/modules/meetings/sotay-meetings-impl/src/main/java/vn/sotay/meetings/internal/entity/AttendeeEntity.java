package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One invited member of a meeting and their attendance (MEETINGS_ATTENDEE; see V1__init.sql). */
@Entity(name = "MeetingAttendee")
@Table(name = "MEETINGS_ATTENDEE")
public class AttendeeEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "MEMBER_ID") public long memberId;
    @Column(name = "CELL_ID") public long cellId;
    @Column(name = "STATUS_AT_INVITE") public String statusAtInvite;
    @Column(name = "STATE") public String state;
    @Column(name = "HOW") public String how;
    @Column(name = "REASON") public String reason;
    @Column(name = "REPORTED_AT") public LocalDateTime reportedAt;
    @Column(name = "CHECKED_IN_AT") public LocalDateTime checkedInAt;
    @Column(name = "MARKED_BY") public Long markedBy;
    @Version @Column(name = "VERSION") public long version;
}
