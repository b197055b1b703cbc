package vn.sotay.surveys.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A question of a survey (SRV_QUESTION); options one per line. Never leaves {@code SurveyStore}. */
@Entity
@Table(name = "SRV_QUESTION")
public class QuestionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;
    @Column(name = "SURVEY_ID")
    public long surveyId;
    @Column(name = "POS")
    public int pos;
    @Column(name = "KIND")
    public String kind;
    @Column(name = "TEXT")
    public String text;
    @Column(name = "REQUIRED")
    public boolean required;
    @Column(name = "MAX_CHOICES")
    public Integer maxChoices;
    @Column(name = "MAX_LENGTH")
    public Integer maxLength;
    @Column(name = "OPTIONS")
    public String options;
}
