package vn.sotay.documents.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One step in a document's history (DOC_EVENT): a workflow action, who, when, and a note. */
@Entity
@Table(name = "DOC_EVENT")
public class EventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID")
    private long documentId;

    @Column(name = "ACTION")
    private String action;

    @Column(name = "ACTOR_ACCOUNT_ID")
    private long actorAccountId;

    @Column(name = "ACTOR_NAME")
    private String actorName;

    @Column(name = "EVENT_AT")
    private LocalDateTime at;

    @Column(name = "NOTE")
    private String note;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(long documentId) {
        this.documentId = documentId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public long getActorAccountId() {
        return actorAccountId;
    }

    public void setActorAccountId(long actorAccountId) {
        this.actorAccountId = actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
