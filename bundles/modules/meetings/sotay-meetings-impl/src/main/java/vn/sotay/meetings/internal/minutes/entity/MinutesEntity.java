package vn.sotay.meetings.internal.minutes.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A meeting's minutes and their approvals (MEETINGS_MINUTES; see V3__minutes.sql); timestamps UTC. */
@Entity(name = "MeetingMinutes")
@Table(name = "MEETINGS_MINUTES")
public class MinutesEntity {
    @Id @Column(name = "MEETING_ID") public Long meetingId;
    @Column(name = "DRAFTED_BY") public long draftedBy;
    @Column(name = "DRAFTED_AT") public LocalDateTime draftedAt;
    @Column(name = "EDITED_BY") public Long editedBy;
    @Column(name = "EDITED_AT") public LocalDateTime editedAt;
    @Column(name = "CHAIR_NAME") public String chairName;
    @Column(name = "CLERK_NAME") public String clerkName;
    @Column(name = "CHAIR_APPROVED_BY") public Long chairApprovedBy;
    @Column(name = "CHAIR_APPROVED_AT") public LocalDateTime chairApprovedAt;
    @Column(name = "CLERK_APPROVED_BY") public Long clerkApprovedBy;
    @Column(name = "CLERK_APPROVED_AT") public LocalDateTime clerkApprovedAt;
    @Column(name = "LOCKED_AT") public LocalDateTime lockedAt;
    @Version @Column(name = "VERSION") public long version;
}
