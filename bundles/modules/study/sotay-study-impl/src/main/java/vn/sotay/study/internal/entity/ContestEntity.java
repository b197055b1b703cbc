package vn.sotay.study.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_CONTEST (a quiz or a contest). */
@Entity(name = "StudyContest")
@Table(name = "STUDY_CONTEST")
public class ContestEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ORG_ID", nullable = false) public long orgId;
    @Column(name = "HOLDER_ROLE", length = 20) public String holderRole;
    @Column(name = "KIND", nullable = false, length = 10) public String kind;
    @Column(name = "TITLE", nullable = false, length = 255) public String title;
    @Column(name = "BANK_ID", nullable = false) public long bankId;
    @Column(name = "TOPIC", length = 100) public String topic;
    @Column(name = "DIFFICULTY") public Integer difficulty;
    @Column(name = "QUESTION_COUNT", nullable = false) public int questionCount;
    @Column(name = "MINUTES", nullable = false) public int minutes;
    @Column(name = "ATTEMPTS_ALLOWED", nullable = false) public int attemptsAllowed;
    @Column(name = "PASS_PERCENT", nullable = false) public int passPercent;
    @Column(name = "OPENS_AT", nullable = false) public LocalDateTime opensAt;
    @Column(name = "CLOSES_AT", nullable = false) public LocalDateTime closesAt;
    @Column(name = "CREATED_BY", nullable = false) public long createdBy;
    @Column(name = "CREATED_AT", nullable = false) public LocalDateTime createdAt;
}
