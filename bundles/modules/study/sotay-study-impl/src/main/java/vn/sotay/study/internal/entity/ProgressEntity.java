package vn.sotay.study.internal.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A row of STUDY_PROGRESS: a member's steps through one lesson. */
@Entity(name = "StudyProgress")
@Table(name = "STUDY_PROGRESS")
@IdClass(ProgressEntity.Key.class)
public class ProgressEntity {
    @Id @Column(name = "LESSON_ID") public long lessonId;
    @Id @Column(name = "MEMBER_ID") public long memberId;
    @Column(name = "PROGRAMME_ID", nullable = false) public long programmeId;
    @Column(name = "CELL_ID", nullable = false) public long cellId;
    @Column(name = "OPENED_AT", nullable = false) public LocalDateTime openedAt;
    @Column(name = "READ_AT") public LocalDateTime readAt;
    @Column(name = "COMPLETED_AT") public LocalDateTime completedAt;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long lessonId;
        public long memberId;

        public Key() {
        }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.lessonId == lessonId && k.memberId == memberId;
        }

        @Override public int hashCode() {
            return Objects.hash(lessonId, memberId);
        }
    }
}
