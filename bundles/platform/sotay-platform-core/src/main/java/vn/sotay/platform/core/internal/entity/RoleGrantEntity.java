package vn.sotay.platform.core.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of CORE_ROLE_GRANT. */
@Entity
@Table(name = "CORE_ROLE_GRANT")
public class RoleGrantEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ACCOUNT_ID") public Long accountId;
    @Column(name = "ROLE_NAME") public String role;
    @Column(name = "ORG_ID") public Long orgId;
    @Column(name = "GRANTED_BY") public Long grantedBy;
    @Column(name = "GRANTED_AT") public LocalDateTime grantedAt;
}
