package vn.sotay.notices.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A notice as stored in NTC_NOTICE; timestamps are UTC. Never leaves {@code NoticeStore}. */
@Entity
@Table(name = "NTC_NOTICE")
public class NoticeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 255)
    private String title;

    @Column(name = "BODY", nullable = false, length = 20000)
    private String body;

    @Column(name = "AUDIENCE_ORG_ID", nullable = false)
    private long audienceOrgId;

    @Column(name = "SENDER_ACCOUNT_ID", nullable = false)
    private long senderAccountId;

    @Column(name = "SENDER_NAME", nullable = false, length = 255)
    private String senderName;

    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public long getAudienceOrgId() { return audienceOrgId; }
    public void setAudienceOrgId(long audienceOrgId) { this.audienceOrgId = audienceOrgId; }
    public long getSenderAccountId() { return senderAccountId; }
    public void setSenderAccountId(long senderAccountId) { this.senderAccountId = senderAccountId; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public void setExpiresAt(LocalDateTime expiresAt) { this.expiresAt = expiresAt; }
}
