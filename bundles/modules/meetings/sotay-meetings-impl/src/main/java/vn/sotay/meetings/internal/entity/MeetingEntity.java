package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A meeting as stored in MEETINGS_MEETING (V1__init.sql); timestamps UTC. Never leaves the module's stores. */
@Entity(name = "Meeting")
@Table(name = "MEETINGS_MEETING")
public class MeetingEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ORG_ID") public long orgId;
    @Column(name = "KIND") public String kind;
    @Column(name = "STATUS") public String status;
    @Column(name = "TITLE") public String title;
    @Column(name = "TOPIC") public String topic;
    @Column(name = "STARTS_AT") public LocalDateTime startsAt;
    @Column(name = "ENDS_AT") public LocalDateTime endsAt;
    @Column(name = "MONTH_KEY") public int monthKey;
    @Column(name = "PLACE") public String place;
    @Column(name = "ONLINE_ROOM") public String onlineRoom;
    @Column(name = "CHECKIN_CODE") public String checkinCode;
    @Column(name = "CHAIR_MEMBER_ID") public Long chairMemberId;
    @Column(name = "CLERK_MEMBER_ID") public Long clerkMemberId;
    @Column(name = "CREATED_BY") public long createdBy;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
    @Column(name = "UPDATED_AT") public LocalDateTime updatedAt;
    @Column(name = "OPENED_AT") public LocalDateTime openedAt;
    @Column(name = "CLOSED_AT") public LocalDateTime closedAt;
    @Version @Column(name = "VERSION") public long version;
}
