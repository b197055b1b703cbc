package vn.sotay.meetings.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An organisation taking part in a meeting (MEETINGS_ORG). */
@Entity(name = "MeetingOrg")
@Table(name = "MEETINGS_ORG")
public class MeetingOrgEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "ORG_ID") public long orgId;
}
