package vn.sotay.qa.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A question as stored in QA_QUESTION; timestamps are UTC. Never leaves {@code QaStore}. */
@Entity(name = "QaQuestion")
@Table(name = "QA_QUESTION")
public class QuestionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ASKER_MEMBER_ID", nullable = false)
    private long askerMemberId;

    @Column(name = "ASKER_NAME", nullable = false, length = 200)
    private String askerName;

    @Column(name = "ASKER_CELL_ID", nullable = false)
    private long askerCellId;

    @Column(name = "FIRST_ORG_ID", nullable = false)
    private long firstOrgId;

    @Column(name = "ORG_ID", nullable = false)
    private long orgId;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    private String orgPath;

    @Column(name = "TOPIC", length = 80)
    private String topic;

    @Column(name = "TEXT", nullable = false, length = 4000)
    private String text;

    @Column(name = "PRIVATE_Q", nullable = false)
    private boolean privateQuestion;

    @Column(name = "STATUS", nullable = false, length = 16)
    private String status;

    @Column(name = "ASSIGNEE_MEMBER_ID")
    private Long assigneeMemberId;

    @Column(name = "ASSIGNEE_NAME", length = 200)
    private String assigneeName;

    @Column(name = "ASKED_AT", nullable = false)
    private LocalDateTime askedAt;

    @Column(name = "DUE_AT", nullable = false)
    private LocalDateTime dueAt;

    @Column(name = "ANSWER", length = 8000)
    private String answer;

    @Column(name = "CITATIONS", length = 1000)
    private String citations;

    @Column(name = "ANSWERED_BY", length = 200)
    private String answeredBy;

    @Column(name = "ANSWERED_ORG_ID")
    private Long answeredOrgId;

    @Column(name = "ANSWERED_AT")
    private LocalDateTime answeredAt;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    public Long getId() { return id; }
    public long getAskerMemberId() { return askerMemberId; }
    public void setAskerMemberId(long askerMemberId) { this.askerMemberId = askerMemberId; }
    public String getAskerName() { return askerName; }
    public void setAskerName(String askerName) { this.askerName = askerName; }
    public long getAskerCellId() { return askerCellId; }
    public void setAskerCellId(long askerCellId) { this.askerCellId = askerCellId; }
    public long getFirstOrgId() { return firstOrgId; }
    public void setFirstOrgId(long firstOrgId) { this.firstOrgId = firstOrgId; }
    public long getOrgId() { return orgId; }
    public void setOrgId(long orgId) { this.orgId = orgId; }
    public String getOrgPath() { return orgPath; }
    public void setOrgPath(String orgPath) { this.orgPath = orgPath; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean getPrivateQuestion() { return privateQuestion; }
    public void setPrivateQuestion(boolean privateQuestion) { this.privateQuestion = privateQuestion; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getAssigneeMemberId() { return assigneeMemberId; }
    public void setAssigneeMemberId(Long assigneeMemberId) { this.assigneeMemberId = assigneeMemberId; }
    public String getAssigneeName() { return assigneeName; }
    public void setAssigneeName(String assigneeName) { this.assigneeName = assigneeName; }
    public LocalDateTime getAskedAt() { return askedAt; }
    public void setAskedAt(LocalDateTime askedAt) { this.askedAt = askedAt; }
    public LocalDateTime getDueAt() { return dueAt; }
    public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getCitations() { return citations; }
    public void setCitations(String citations) { this.citations = citations; }
    public String getAnsweredBy() { return answeredBy; }
    public void setAnsweredBy(String answeredBy) { this.answeredBy = answeredBy; }
    public Long getAnsweredOrgId() { return answeredOrgId; }
    public void setAnsweredOrgId(Long answeredOrgId) { this.answeredOrgId = answeredOrgId; }
    public LocalDateTime getAnsweredAt() { return answeredAt; }
    public void setAnsweredAt(LocalDateTime answeredAt) { this.answeredAt = answeredAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
}
