package vn.sotay.platform.core.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of CORE_LOGIN: one per login attempt, with the member's cell for per-committee rates. */
@Entity
@Table(name = "CORE_LOGIN")
public class LoginEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ACCOUNT_ID") public Long accountId;
    @Column(name = "LOGIN_NAME") public String login;
    @Column(name = "CELL_ID") public Long cellId;
    @Column(name = "OCCURRED_AT") public LocalDateTime at;
    @Column(name = "SUCCESS") public boolean success;
    @Column(name = "REMOTE_ADDR") public String remote;
}
