package vn.sotay.meetings.internal.vote.entity;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A secret vote's roll: who has voted, nothing else (MEETINGS_VOTE_ROLL, key (vote, member)). */
@Entity(name = "MeetingVoteRoll")
@Table(name = "MEETINGS_VOTE_ROLL")
@IdClass(RollEntity.Key.class)
public class RollEntity {
    @Id @Column(name = "VOTE_ID") public long voteId;
    @Id @Column(name = "MEMBER_ID") public long memberId;

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
