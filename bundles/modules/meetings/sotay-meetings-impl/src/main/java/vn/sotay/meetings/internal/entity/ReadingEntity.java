package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A member read a material (MEETINGS_READING; see V1__init.sql). */
@Entity(name = "MeetingReading")
@Table(name = "MEETINGS_READING")
public class ReadingEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "MATERIAL_ID") public long materialId;
    @Column(name = "MEMBER_ID") public long memberId;
    @Column(name = "READ_AT") public LocalDateTime readAt;
}
