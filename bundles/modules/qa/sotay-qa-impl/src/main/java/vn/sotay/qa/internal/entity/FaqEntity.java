package vn.sotay.qa.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An FAQ entry as stored in QA_FAQ; no asker is stored; timestamps are UTC. Never leaves {@code QaStore}. */
@Entity(name = "QaFaq")
@Table(name = "QA_FAQ")
public class FaqEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "QUESTION_ID")
    private Long questionId;

    @Column(name = "TOPIC", nullable = false, length = 80)
    private String topic;

    @Column(name = "QUESTION", nullable = false, length = 4000)
    private String question;

    @Column(name = "ANSWER", nullable = false, length = 8000)
    private String answer;

    @Column(name = "CITATIONS", length = 1000)
    private String citations;

    @Column(name = "SOURCE", length = 255)
    private String source;

    @Column(name = "OWNER_ORG_ID", nullable = false)
    private long ownerOrgId;

    @Column(name = "SCOPE_ORG_ID", nullable = false)
    private long scopeOrgId;

    @Column(name = "SCOPE_PATH", nullable = false, length = 400)
    private String scopePath;

    @Column(name = "STATUS", nullable = false, length = 16)
    private String status;

    @Column(name = "AUTHOR_ACCOUNT_ID", nullable = false)
    private long authorAccountId;

    @Column(name = "REVIEW_COMMENT", length = 1000)
    private String reviewComment;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    public Long getId() { return id; }
    public Long getQuestionId() { return questionId; }
    public void setQuestionId(Long questionId) { this.questionId = questionId; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getCitations() { return citations; }
    public void setCitations(String citations) { this.citations = citations; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public long getOwnerOrgId() { return ownerOrgId; }
    public void setOwnerOrgId(long ownerOrgId) { this.ownerOrgId = ownerOrgId; }
    public long getScopeOrgId() { return scopeOrgId; }
    public void setScopeOrgId(long scopeOrgId) { this.scopeOrgId = scopeOrgId; }
    public String getScopePath() { return scopePath; }
    public void setScopePath(String scopePath) { this.scopePath = scopePath; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public long getAuthorAccountId() { return authorAccountId; }
    public void setAuthorAccountId(long authorAccountId) { this.authorAccountId = authorAccountId; }
    public String getReviewComment() { return reviewComment; }
    public void setReviewComment(String reviewComment) { this.reviewComment = reviewComment; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
}
