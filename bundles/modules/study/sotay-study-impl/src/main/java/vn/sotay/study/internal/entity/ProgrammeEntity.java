package vn.sotay.study.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_PROGRAMME. */
@Entity(name = "StudyProgramme")
@Table(name = "STUDY_PROGRAMME")
public class ProgrammeEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "ORG_ID", nullable = false) public long orgId;
    @Column(name = "TITLE", nullable = false, length = 255) public String title;
    @Column(name = "DESCRIPTION", length = 4000) public String description;
    @Column(name = "DEADLINE", nullable = false) public LocalDateTime deadline;
    @Column(name = "CREATED_BY", nullable = false) public long createdBy;
    @Column(name = "CREATED_AT", nullable = false) public LocalDateTime createdAt;
    @Column(name = "ROW_VERSION", nullable = false) public int version = 1;
}
