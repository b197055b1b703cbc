package vn.sotay.meetings.internal.vote.entity;

import java.io.Serializable;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** An open ballot: who voted what (MEETINGS_BALLOT, key (vote, member)). */
@Entity(name = "MeetingBallot")
@Table(name = "MEETINGS_BALLOT")
@IdClass(BallotEntity.Key.class)
public class BallotEntity {
    @Id @Column(name = "VOTE_ID") public long voteId;
    @Id @Column(name = "MEMBER_ID") public long memberId;
    @Column(name = "CHOICE") public String choice;
    @Column(name = "CAST_AT") public LocalDateTime castAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long voteId;
        public long memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.voteId == voteId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(voteId) * 31 + Long.hashCode(memberId);
        }
    }
}
