package vn.sotay.qa.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One use of the assistant as stored in QA_ASSISTANT_USE: the cell only, never the member or the text; UTC. */
@Entity(name = "QaAssistantUse")
@Table(name = "QA_ASSISTANT_USE")
public class AssistantUseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CELL_ID")
    private Long cellId;

    @Column(name = "ANSWERED", nullable = false)
    private boolean answered;

    @Column(name = "ASKED_AT", nullable = false)
    private LocalDateTime askedAt;

    public Long getId() { return id; }
    public Long getCellId() { return cellId; }
    public void setCellId(Long cellId) { this.cellId = cellId; }
    public boolean getAnswered() { return answered; }
    public void setAnswered(boolean answered) { this.answered = answered; }
    public LocalDateTime getAskedAt() { return askedAt; }
    public void setAskedAt(LocalDateTime askedAt) { this.askedAt = askedAt; }
}
