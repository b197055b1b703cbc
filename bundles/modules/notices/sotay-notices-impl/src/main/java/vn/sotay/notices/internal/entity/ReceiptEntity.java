package vn.sotay.notices.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One member's receipt of one notice (NTC_RECEIPT), created on first opening or acknowledgement.
 * The member's cell is copied in so roll-ups never join the core's tables.
 */
@Entity
@Table(name = "NTC_RECEIPT")
public class ReceiptEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NOTICE_ID", nullable = false)
    private long noticeId;

    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;

    @Column(name = "CELL_ID", nullable = false)
    private long cellId;

    @Column(name = "READ_AT")
    private LocalDateTime readAt;

    @Column(name = "ACKNOWLEDGED_AT")
    private LocalDateTime acknowledgedAt;

    public Long getId() { return id; }
    public long getNoticeId() { return noticeId; }
    public void setNoticeId(long noticeId) { this.noticeId = noticeId; }
    public long getMemberId() { return memberId; }
    public void setMemberId(long memberId) { this.memberId = memberId; }
    public long getCellId() { return cellId; }
    public void setCellId(long cellId) { this.cellId = cellId; }
    public LocalDateTime getReadAt() { return readAt; }
    public void setReadAt(LocalDateTime readAt) { this.readAt = readAt; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public void setAcknowledgedAt(LocalDateTime acknowledgedAt) { this.acknowledgedAt = acknowledgedAt; }
}
