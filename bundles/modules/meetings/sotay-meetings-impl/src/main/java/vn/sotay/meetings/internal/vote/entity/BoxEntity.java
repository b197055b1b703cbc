package vn.sotay.meetings.internal.vote.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A secret vote's box: what was voted, no member, no time (MEETINGS_VOTE_BOX). */
@Entity(name = "MeetingVoteBox")
@Table(name = "MEETINGS_VOTE_BOX")
public class BoxEntity {
    @Id @Column(name = "BALLOT_ID") public String ballotId;
    @Column(name = "VOTE_ID") public long voteId;
    @Column(name = "CHOICE") public String choice;
    @Column(name = "RECEIPT_HASH") public String receiptHash;
}
