package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One change in a meeting's cycle (MEETINGS_HISTORY; see V1__init.sql). */
@Entity(name = "MeetingHistory")
@Table(name = "MEETINGS_HISTORY")
public class HistoryEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "WHAT") public String what;
    @Column(name = "BY_ACCOUNT") public long byAccount;
    @Column(name = "BY_NAME") public String byName;
    @Column(name = "AT_TIME") public LocalDateTime at;
    @Column(name = "OLD_STARTS_AT") public LocalDateTime oldStartsAt;
    @Column(name = "NEW_STARTS_AT") public LocalDateTime newStartsAt;
    @Column(name = "REASON") public String reason;
}
