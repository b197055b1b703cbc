package vn.sotay.meetings.internal.vote.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A vote on an agenda item (MEETINGS_VOTE; see V2__votes.sql). */
@Entity(name = "MeetingVote")
@Table(name = "MEETINGS_VOTE")
public class VoteEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "AGENDA_ID") public long agendaId;
    @Column(name = "QUESTION") public String question;
    @Column(name = "MATTER") public String matter;
    @Column(name = "SECRET") public int secret;
    @Column(name = "SEATS") public int seats;
    @Column(name = "RULE_TEXT") public String rule;
    @Column(name = "STATUS") public String status;
    @Column(name = "ELIGIBLE") public int eligible;
    @Column(name = "BALLOTS") public int ballots;
    @Column(name = "CREATED_BY") public long createdBy;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
    @Column(name = "CLOSED_AT") public LocalDateTime closedAt;
    @Column(name = "YES_COUNT") public Integer yes;
    @Column(name = "NO_COUNT") public Integer no;
    @Column(name = "ABSTAIN_COUNT") public Integer abstain;
    @Column(name = "CAST_COUNT") public Integer cast;
    @Column(name = "PASSED") public Integer passed;
    @Version @Column(name = "VERSION") public long version;
}
