package vn.sotay.platform.core.internal.entity;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import vn.sotay.api.audit.AuditEntry;

/** Row of CORE_AUDIT. */
@Entity
@Table(name = "CORE_AUDIT")
public class AuditEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "OCCURRED_AT") public LocalDateTime at;
    @Column(name = "ACTOR_ID") public Long actorId;
    @Column(name = "ACTION") public String action;
    @Column(name = "OBJECT_TYPE") public String objectType;
    @Column(name = "OBJECT_ID") public String objectId;
    @Column(name = "DETAIL") public String detail;

    public AuditEntry toDto() {
        return new AuditEntry(id, at.toInstant(ZoneOffset.UTC), actorId, action, objectType, objectId, detail);
    }
}
