package vn.sotay.study.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_LESSON: sanitised HTML, references one a line, the check's options one a line. */
@Entity(name = "StudyLesson")
@Table(name = "STUDY_LESSON")
public class LessonEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "PROGRAMME_ID", nullable = false) public long programmeId;
    @Column(name = "POS", nullable = false) public int pos;
    @Column(name = "TITLE", nullable = false, length = 255) public String title;
    @Column(name = "BODY", nullable = false, length = 30000) public String body;
    @Column(name = "REFS", length = 2000) public String refs;
    @Column(name = "CHECK_TEXT", length = 1000) public String checkText;
    @Column(name = "CHECK_OPTIONS", length = 3000) public String checkOptions;
    @Column(name = "CHECK_CORRECT") public Integer checkCorrect;
    @Column(name = "STATUS", nullable = false, length = 20) public String status;
    @Column(name = "AUTHOR_ID", nullable = false) public long authorId;
    @Column(name = "REVIEW_COMMENT", length = 1000) public String reviewComment;
    @Column(name = "UPDATED_AT", nullable = false) public LocalDateTime updatedAt;
    @Column(name = "ROW_VERSION", nullable = false) public int version = 1;
}
