package vn.sotay.platform.core.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of CORE_TOKEN: the SHA-256 digest of a bearer token, never the token. */
@Entity
@Table(name = "CORE_TOKEN")
public class TokenEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "DIGEST") public String digest;
    @Column(name = "ACCOUNT_ID") public Long accountId;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
    @Column(name = "EXPIRES_AT") public LocalDateTime expiresAt;
    /** Browser sessions only: the idle timeout; each use moves {@link #expiresAt} to now + this. */
    @Column(name = "IDLE_SECONDS") public Integer idleSeconds;
    /** Browser sessions only: the expiry never slides past this. */
    @Column(name = "ENDS_AT") public LocalDateTime endsAt;
}
