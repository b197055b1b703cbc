package vn.sotay.meetings.internal.minutes.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A meeting's rating by its cell and its confirmation from above (MEETINGS_RATING). */
@Entity(name = "MeetingRating")
@Table(name = "MEETINGS_RATING")
public class RatingEntity {
    @Id @Column(name = "MEETING_ID") public Long meetingId;
    @Column(name = "ORG_ID") public long orgId;
    @Column(name = "MONTH_KEY") public int monthKey;
    @Column(name = "SELF_GRADE") public String selfGrade;
    @Column(name = "CRITERIA") public String criteria;
    @Column(name = "SELF_COMMENT") public String selfComment;
    @Column(name = "RATED_BY") public long ratedBy;
    @Column(name = "RATED_AT") public LocalDateTime ratedAt;
    @Column(name = "CONFIRMED_GRADE") public String confirmedGrade;
    @Column(name = "CONFIRM_COMMENT") public String confirmComment;
    @Column(name = "CONFIRMED_BY") public Long confirmedBy;
    @Column(name = "CONFIRMED_AT") public LocalDateTime confirmedAt;
    @Version @Column(name = "VERSION") public long version;
}
