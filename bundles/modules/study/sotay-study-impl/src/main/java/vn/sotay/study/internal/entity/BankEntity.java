package vn.sotay.study.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_BANK. Entities never leave the stores. */
@Entity(name = "StudyBank")
@Table(name = "STUDY_BANK")
public class BankEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ORG_ID", nullable = false) public long orgId;
    @Column(name = "NAME", nullable = false, length = 255) public String name;
    @Column(name = "CREATED_AT", nullable = false) public LocalDateTime createdAt;
}
