package vn.sotay.study.internal.entity;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of STUDY_CONTEST_QUESTION: the question drawn at position POS of a contest. */
@Entity(name = "StudyContestQuestion")
@Table(name = "STUDY_CONTEST_QUESTION")
@IdClass(ContestQuestionEntity.Key.class)
public class ContestQuestionEntity {
    @Id @Column(name = "CONTEST_ID") public long contestId;
    @Id @Column(name = "POS") public int pos;
    @Column(name = "QUESTION_ID", nullable = false) public long questionId;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long contestId;
        public int pos;

        public Key() {
        }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.contestId == contestId && k.pos == pos;
        }

        @Override public int hashCode() {
            return Objects.hash(contestId, pos);
        }
    }
}
