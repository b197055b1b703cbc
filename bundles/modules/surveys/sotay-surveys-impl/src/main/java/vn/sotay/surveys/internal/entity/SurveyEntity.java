package vn.sotay.surveys.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A survey as stored in SRV_SURVEY; timestamps UTC. Never leaves {@code SurveyStore}. */
@Entity
@Table(name = "SRV_SURVEY")
public class SurveyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "DESCRIPTION")
    public String description;
    @Column(name = "ORG_ID")
    public long orgId;
    @Column(name = "ANONYMOUS")
    public boolean anonymous;
    @Column(name = "RESULTS_PUBLIC")
    public boolean resultsPublic;
    @Column(name = "PUBLISHED")
    public boolean published;
    @Column(name = "OPEN_AT")
    public LocalDateTime openAt;
    @Column(name = "CLOSE_AT")
    public LocalDateTime closeAt;
    @Column(name = "CLOSED_AT")
    public LocalDateTime closedAt;
    @Column(name = "OPEN_TOLD")
    public boolean openTold;
    @Column(name = "REMINDED")
    public boolean reminded;
    @Column(name = "LAST_REMIND_AT")
    public LocalDateTime lastRemindAt;
    @Column(name = "CREATOR_ACCOUNT_ID")
    public long creatorAccountId;
    @Column(name = "CREATOR_NAME")
    public String creatorName;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}
