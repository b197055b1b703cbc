package vn.sotay.platform.core.internal.inbox;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One message told to members (INBOX_MESSAGE); its addressees are rows of INBOX_DELIVERY. */
@Entity
@Table(name = "INBOX_MESSAGE")
public class MessageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "MODULE", nullable = false)
    private String module;
    @Column(name = "SENDER_ACCOUNT_ID", nullable = false)
    private long senderAccountId;
    @Column(name = "SENDER_NAME", nullable = false)
    private String senderName;
    @Column(name = "TITLE", nullable = false)
    private String title;
    @Column(name = "BODY")
    private String body;
    @Column(name = "REF")
    private String ref;
    @Column(name = "ACTION_LABEL")
    private String actionLabel;
    @Column(name = "ACTION_LINK")
    private String actionLink;
    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt;

    public Long getId() { return id; }
    public String getModule() { return module; }
    public void setModule(String v) { module = v; }
    public long getSenderAccountId() { return senderAccountId; }
    public void setSenderAccountId(long v) { senderAccountId = v; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String v) { senderName = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getRef() { return ref; }
    public void setRef(String v) { ref = v; }
    public String getActionLabel() { return actionLabel; }
    public void setActionLabel(String v) { actionLabel = v; }
    public String getActionLink() { return actionLink; }
    public void setActionLink(String v) { actionLink = v; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime v) { sentAt = v; }
}
