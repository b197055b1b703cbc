package vn.sotay.qa.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One step of a question's route upward, as stored in QA_FORWARD; UTC. Never leaves {@code QaStore}. */
@Entity(name = "QaForward")
@Table(name = "QA_FORWARD")
public class ForwardEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "QUESTION_ID", nullable = false)
    private long questionId;

    @Column(name = "FROM_ORG_ID", nullable = false)
    private long fromOrgId;

    @Column(name = "TO_ORG_ID", nullable = false)
    private long toOrgId;

    @Column(name = "BY_NAME", nullable = false, length = 200)
    private String byName;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "FORWARDED_AT", nullable = false)
    private LocalDateTime at;

    public Long getId() { return id; }
    public long getQuestionId() { return questionId; }
    public void setQuestionId(long questionId) { this.questionId = questionId; }
    public long getFromOrgId() { return fromOrgId; }
    public void setFromOrgId(long fromOrgId) { this.fromOrgId = fromOrgId; }
    public long getToOrgId() { return toOrgId; }
    public void setToOrgId(long toOrgId) { this.toOrgId = toOrgId; }
    public String getByName() { return byName; }
    public void setByName(String byName) { this.byName = byName; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime at) { this.at = at; }
}
