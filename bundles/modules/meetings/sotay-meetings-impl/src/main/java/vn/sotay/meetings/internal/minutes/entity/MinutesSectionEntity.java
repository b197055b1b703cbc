package vn.sotay.meetings.internal.minutes.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One section of a meeting's minutes (MEETINGS_MINUTES_SECTION). */
@Entity(name = "MeetingMinutesSection")
@Table(name = "MEETINGS_MINUTES_SECTION")
public class MinutesSectionEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "POS") public int pos;
    @Column(name = "TITLE") public String title;
    @Column(name = "BODY", length = 20000) public String body;
}
