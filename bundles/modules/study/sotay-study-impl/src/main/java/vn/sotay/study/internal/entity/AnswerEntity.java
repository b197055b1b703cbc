package vn.sotay.study.internal.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of STUDY_ANSWER: the question's own option indexes chosen, comma separated. */
@Entity(name = "StudyAnswer")
@Table(name = "STUDY_ANSWER")
@IdClass(AnswerEntity.Key.class)
public class AnswerEntity {
    @Id @Column(name = "ATTEMPT_ID") public long attemptId;
    @Id @Column(name = "QUESTION_ID") public long questionId;
    @Column(name = "CHOICES", nullable = false, length = 40) public String choices;
    @Column(name = "SAVED_AT", nullable = false) public LocalDateTime savedAt;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long attemptId;
        public long questionId;

        public Key() {
        }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.questionId == questionId;
        }

        @Override public int hashCode() {
            return Objects.hash(attemptId, questionId);
        }
    }
}
