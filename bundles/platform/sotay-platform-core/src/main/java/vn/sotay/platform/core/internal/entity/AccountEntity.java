package vn.sotay.platform.core.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of CORE_ACCOUNT: one per member who may log in. Times in UTC. */
@Entity
@Table(name = "CORE_ACCOUNT")
public class AccountEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEMBER_ID") public Long memberId;
    @Column(name = "PASSWORD_HASH") public String passwordHash;
    @Column(name = "FAILED_COUNT") public int failedCount;
    @Column(name = "LOCKED_UNTIL") public LocalDateTime lockedUntil;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
    @Column(name = "PASSWORD_CHANGED_AT") public LocalDateTime passwordChangedAt;
}
