package vn.sotay.meetings.internal.vote.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A candidate of an election (MEETINGS_VOTE_CANDIDATE). */
@Entity(name = "MeetingVoteCandidate")
@Table(name = "MEETINGS_VOTE_CANDIDATE")
public class CandidateEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "VOTE_ID") public long voteId;
    @Column(name = "POS") public int pos;
    @Column(name = "NAME") public String name;
    @Column(name = "VOTES") public Integer votes;
    @Column(name = "ELECTED") public Integer elected;
}
