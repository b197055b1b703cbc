package vn.sotay.study.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of STUDY_QUESTION: options one a line, the key as 0-based indexes. */
@Entity(name = "StudyQuestion")
@Table(name = "STUDY_QUESTION")
public class QuestionEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "BANK_ID", nullable = false) public long bankId;
    @Column(name = "TOPIC", nullable = false, length = 100) public String topic;
    @Column(name = "DIFFICULTY", nullable = false) public int difficulty;
    @Column(name = "MULTIPLE", nullable = false) public boolean multiple;
    @Column(name = "TEXT", nullable = false, length = 2000) public String text;
    @Column(name = "OPTIONS", nullable = false, length = 4000) public String options;
    @Column(name = "CORRECT", nullable = false, length = 40) public String correct;
    @Column(name = "EXPLANATION", length = 2000) public String explanation;
    @Column(name = "SOURCE_DOCUMENT", length = 255) public String sourceDocument;
    @Column(name = "SOURCE_ARTICLE", length = 100) public String sourceArticle;
    @Column(name = "SOURCE_REF", length = 100) public String sourceRef;
}
