package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An opinion on an agenda item (MEETINGS_OPINION; see V1__init.sql). */
@Entity(name = "MeetingOpinion")
@Table(name = "MEETINGS_OPINION")
public class OpinionEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "AGENDA_ID") public long agendaId;
    @Column(name = "MEMBER_ID") public long memberId;
    @Column(name = "BODY") public String body;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
}
