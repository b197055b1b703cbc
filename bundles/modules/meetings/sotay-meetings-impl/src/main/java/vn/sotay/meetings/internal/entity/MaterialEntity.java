package vn.sotay.meetings.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A material: a content reference (MEETINGS_MATERIAL; see V1__init.sql). */
@Entity(name = "MeetingMaterial")
@Table(name = "MEETINGS_MATERIAL")
public class MaterialEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "POS") public int pos;
    @Column(name = "REF") public String ref;
}
