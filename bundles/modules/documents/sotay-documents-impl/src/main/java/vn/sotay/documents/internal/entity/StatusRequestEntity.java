package vn.sotay.documents.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A legal-status change waiting for the target document's own reviewers (DOC_STATUS_REQUEST). */
@Entity
@Table(name = "DOC_STATUS_REQUEST")
public class StatusRequestEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "TARGET_ID") public long targetId;
    @Column(name = "SOURCE_ID") public long sourceId;
    @Column(name = "LEGAL_STATUS") public String legalStatus;
    @Column(name = "REQUESTED_BY") public long requestedBy;
    @Column(name = "REQUESTED_BY_NAME") public String requestedByName;
    @Column(name = "REQUESTED_AT") public LocalDateTime requestedAt;
    @Column(name = "RESOLVED_BY") public Long resolvedBy;
    @Column(name = "RESOLVED_AT") public LocalDateTime resolvedAt;
    @Column(name = "OUTCOME") public String outcome;
}
