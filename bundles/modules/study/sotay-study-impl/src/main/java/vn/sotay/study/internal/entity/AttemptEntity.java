package vn.sotay.study.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_ATTEMPT: times are the server's, in UTC. */
@Entity(name = "StudyAttempt")
@Table(name = "STUDY_ATTEMPT")
public class AttemptEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "CONTEST_ID", nullable = false) public long contestId;
    @Column(name = "MEMBER_ID", nullable = false) public long memberId;
    @Column(name = "CELL_ID", nullable = false) public long cellId;
    @Column(name = "ATTEMPT_NO", nullable = false) public int no;
    @Column(name = "SEED", nullable = false) public long seed;
    @Column(name = "STARTED_AT", nullable = false) public LocalDateTime startedAt;
    @Column(name = "DEADLINE", nullable = false) public LocalDateTime deadline;
    @Column(name = "SUBMITTED_AT") public LocalDateTime submittedAt;
    @Column(name = "SCORE") public Integer score;
    @Column(name = "TOTAL", nullable = false) public int total;
}
