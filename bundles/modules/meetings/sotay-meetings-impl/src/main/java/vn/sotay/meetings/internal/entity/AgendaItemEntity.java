package vn.sotay.meetings.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An agenda item (MEETINGS_AGENDA), in POS order. */
@Entity(name = "MeetingAgendaItem")
@Table(name = "MEETINGS_AGENDA")
public class AgendaItemEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "POS") public int pos;
    @Column(name = "TITLE") public String title;
    @Column(name = "DESCRIPTION") public String description;
}
