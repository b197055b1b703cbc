/**
 * Votes (biểu quyết) and polls: the charter's rules on what passes, as data a province can read and
 * configure, and the secret-ballot receipt scheme, shared by every module that counts ballots
 * (meetings, surveys) without one importing the other. Who may vote is
 * {@link vn.sotay.api.member.Eligibility#votes}; what passes is a {@link vn.sotay.api.vote.VoteRule}
 * from {@link vn.sotay.api.vote.VoteRules}; how a secret ballot stays secret yet single is
 * {@link vn.sotay.api.vote.SecretBallots}. Storage stays in each module.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.vote;
