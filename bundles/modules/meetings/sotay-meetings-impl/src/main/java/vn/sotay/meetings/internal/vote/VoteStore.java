package vn.sotay.meetings.internal.vote;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.vote.SecretBallots;
import vn.sotay.api.vote.VoteRule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.meetings.internal.vote.entity.BallotEntity;
import vn.sotay.meetings.internal.vote.entity.BoxEntity;
import vn.sotay.meetings.internal.vote.entity.CandidateEntity;
import vn.sotay.meetings.internal.vote.entity.RollEntity;
import vn.sotay.meetings.internal.vote.entity.VoteEntity;

/**
 * Votes and ballots (V2__votes.sql). Every cast and the close first update the vote's row
 * ({@code WHERE STATUS = 'OPEN'}), so they hold its lock to commit: a close waits for the casts in
 * flight and a cast after it sees CLOSED; the primary keys (vote, member) of the open ballots and of
 * the secret roll make a second ballot impossible whatever the interleaving.
 */
@Component(service = VoteStore.class)
public class VoteStore {
    static final String CLOSED = "Cuộc biểu quyết đã kết thúc, không bỏ phiếu được nữa.";

    private final PersistenceUnit unit;

    @Activate
    public VoteStore(@Reference MeetingsStore meetings) {
        this(meetings.unit());
    }

    VoteStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** A stored vote; the result fields are {@code null} while it is open. */
    record Row(long id, long meetingId, long agendaId, String question, Matter matter, boolean secret, int seats,
            VoteRule rule, Vote.Status status, int eligible, int ballots, List<String> candidates,
            List<Integer> candidateVotes, List<Boolean> elected, Integer yes, Integer no, Integer abstain, Integer cast,
            Boolean passed, Instant createdAt, Instant closedAt) {

        /** The open vote after a cast left {@code n} ballots. */
        Row withBallots(int n) {
            return new Row(id, meetingId, agendaId, question, matter, secret, seats, rule, status, eligible, n, candidates,
                    candidateVotes, elected, yes, no, abstain, cast, passed, createdAt, closedAt);
        }
    }

    /** What a cast did: a change of an earlier ballot, the receipt of a first secret ballot, the ballots now. */
    record Cast(boolean changed, String receipt, int ballots) {
    }

    /** The voter's row on the roll: status at invite and attendance state; {@code null} when not on the roll. */
    String[] voter(long meetingId, long memberId) {
        return unit.read(em -> em.createQuery("SELECT a.statusAtInvite, a.state FROM MeetingAttendee a"
                + " WHERE a.meetingId = :m AND a.memberId = :p", Object[].class).setParameter("m", meetingId)
                .setParameter("p", memberId).getResultList().stream().findFirst()
                .map(r -> new String[] {(String) r[0], (String) r[1]}).orElse(null));
    }

    /** Opens a vote; the eligible count (roll members entitled to vote on the matter) is taken now. */
    Row create(long meetingId, long agendaId, String question, Matter matter, boolean secret, List<String> candidates,
            int seats, VoteRule rule, long by, Instant now) {
        long id = unit.write(em -> {
            List<String> voting = java.util.Arrays.stream(MemberStatus.values())
                    .filter(s -> Eligibility.votes(s, matter)).map(Enum::name).toList();
            long eligible = em.createQuery("SELECT COUNT(a) FROM MeetingAttendee a WHERE a.meetingId = :m"
                    + " AND a.statusAtInvite IN :s", Long.class).setParameter("m", meetingId).setParameter("s", voting)
                    .getSingleResult();
            VoteEntity v = new VoteEntity();
            v.meetingId = meetingId;
            v.agendaId = agendaId;
            v.question = question;
            v.matter = matter.name();
            v.secret = secret ? 1 : 0;
            v.seats = seats;
            v.rule = rule.format();
            v.status = Vote.Status.OPEN.name();
            v.eligible = (int) eligible;
            v.createdBy = by;
            v.createdAt = utc(now);
            em.persist(v);
            em.flush();
            for (int i = 0; i < candidates.size(); i++) {
                CandidateEntity c = new CandidateEntity();
                c.voteId = v.id;
                c.pos = i;
                c.name = candidates.get(i);
                em.persist(c);
            }
            return v.id;
        });
        return find(meetingId, id).orElseThrow();
    }

    /** The meeting's votes, oldest first (two queries). */
    List<Row> ofMeeting(long meetingId) {
        return unit.read(em -> rows(em, em.createQuery("SELECT v FROM MeetingVote v WHERE v.meetingId = :m ORDER BY v.id",
                VoteEntity.class).setParameter("m", meetingId).getResultList()));
    }

    /** One vote of the meeting. */
    Optional<Row> find(long meetingId, long voteId) {
        return unit.read(em -> Optional.ofNullable(em.find(VoteEntity.class, voteId)).filter(v -> v.meetingId == meetingId)
                .map(v -> rows(em, List.of(v)).get(0)));
    }

    /** Ids of the votes of the meeting the member has voted in, and the member's open choices by vote. */
    Map<Long, String> votedBy(long meetingId, long memberId) {
        return unit.read(em -> {
            Map<Long, String> out = new HashMap<>();
            em.createQuery("SELECT b.voteId, b.choice FROM MeetingBallot b, MeetingVote v WHERE b.voteId = v.id"
                    + " AND v.meetingId = :m AND b.memberId = :p", Object[].class).setParameter("m", meetingId)
                    .setParameter("p", memberId).getResultList().forEach(r -> out.put((Long) r[0], (String) r[1]));
            em.createQuery("SELECT r.voteId FROM MeetingVoteRoll r, MeetingVote v WHERE r.voteId = v.id"
                    + " AND v.meetingId = :m AND r.memberId = :p", Long.class).setParameter("m", meetingId)
                    .setParameter("p", memberId).getResultList().forEach(id -> out.put(id, null));
            return out;
        });
    }

    /**
     * Casts or changes a ballot. Open: inserts or updates the (vote, member) row. Secret: a first ballot
     * writes the roll row and a box row under {@code newReceipt}'s hash; a later one must present the
     * hash of its receipt ({@code receiptHash}) and replaces that box row's choice. Committed together
     * with other ballots and check-ins arriving at the same moment ({@code PersistenceUnit.writeTogether}):
     * acknowledged only once committed; a ballot refused (vote closed) makes its batch run again one by one.
     */
    Cast cast(long voteId, long memberId, String choice, String receiptHash, String newReceipt, Instant now) {
        return unit.writeTogether(em -> {
            lock(em, voteId, 0);
            VoteEntity v = em.find(VoteEntity.class, voteId);
            em.refresh(v); // the count as locked, not a cached copy
            if (v.secret == 0) {
                BallotEntity key = new BallotEntity();
                BallotEntity.Key k = new BallotEntity.Key();
                k.voteId = voteId;
                k.memberId = memberId;
                BallotEntity b = em.find(BallotEntity.class, k);
                boolean changed = b != null;
                if (b == null) {
                    b = key;
                    b.voteId = voteId;
                    b.memberId = memberId;
                }
                b.choice = choice;
                b.castAt = utc(now);
                if (!changed) {
                    em.persist(b);
                    lock(em, voteId, 1);
                }
                return new Cast(changed, null, v.ballots + (changed ? 0 : 1));
            }
            RollEntity.Key k = new RollEntity.Key();
            k.voteId = voteId;
            k.memberId = memberId;
            if (em.find(RollEntity.class, k) == null) {
                RollEntity r = new RollEntity();
                r.voteId = voteId;
                r.memberId = memberId;
                em.persist(r);
                BoxEntity box = new BoxEntity();
                box.ballotId = SecretBallots.ballotId();
                box.voteId = voteId;
                box.choice = choice;
                box.receiptHash = SecretBallots.hash(newReceipt);
                em.persist(box);
                lock(em, voteId, 1);
                return new Cast(false, newReceipt, v.ballots + 1);
            }
            if (receiptHash == null) {
                throw ProblemException.conflict("Bạn đã bỏ phiếu. Muốn đổi phiếu, hãy gửi kèm biên nhận nhận được khi bỏ phiếu.");
            }
            List<BoxEntity> box = em.createQuery("SELECT b FROM MeetingVoteBox b WHERE b.voteId = :v AND b.receiptHash = :h",
                    BoxEntity.class).setParameter("v", voteId).setParameter("h", receiptHash).getResultList();
            if (box.isEmpty()) {
                throw ProblemException.invalid("receipt", "Biên nhận không đúng với cuộc biểu quyết này.");
            }
            box.get(0).choice = choice;
            return new Cast(true, null, v.ballots);
        });
    }

    /**
     * Locks the open vote's row by adding {@code more} (0 or 1) to BALLOTS; 409 when it is closed. Native
     * SQL with parameters: EclipseLink sends this JPQL bulk update as a plain statement with the vote id
     * written into the text, so Derby compiled it (and generated a class, under a global lock) on
     * every ballot (docs/performance.md, "Check-ins and ballots under load").
     */
    private static void lock(EntityManager em, long voteId, int more) {
        int n = em.createNativeQuery("UPDATE MEETINGS_VOTE SET BALLOTS = BALLOTS + CAST(? AS INT) WHERE ID = ? AND STATUS = 'OPEN'")
                .setParameter(1, more).setParameter(2, voteId).executeUpdate();
        if (n == 0) {
            throw ProblemException.conflict(CLOSED);
        }
    }

    /** Counts by choice (open ballots live, or any vote at close). */
    Map<String, Long> counts(long voteId, boolean secret) {
        return unit.read(em -> counts(em, voteId, secret));
    }

    private static Map<String, Long> counts(EntityManager em, long voteId, boolean secret) {
        Map<String, Long> out = new HashMap<>();
        em.createQuery("SELECT b.choice, COUNT(b) FROM " + (secret ? "MeetingVoteBox" : "MeetingBallot")
                + " b WHERE b.voteId = :v GROUP BY b.choice", Object[].class).setParameter("v", voteId).getResultList()
                .forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    /** The open ballots (member, choice), for showing who voted what after closing. */
    Map<Long, String> openBallots(long voteId) {
        return unit.read(em -> em.createQuery("SELECT b FROM MeetingBallot b WHERE b.voteId = :v ORDER BY b.memberId",
                BallotEntity.class).setParameter("v", voteId).getResultList().stream()
                .collect(Collectors.toMap(b -> b.memberId, b -> b.choice, (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** Closes the vote and stores its result once (counts, elected, passed under the snapshotted rule); 409 when closed. */
    Row close(long meetingId, long voteId, Instant now) {
        unit.write(em -> {
            int n = em.createQuery("UPDATE MeetingVote v SET v.status = 'CLOSED', v.closedAt = :t WHERE v.id = :v"
                    + " AND v.status = 'OPEN'").setParameter("t", utc(now)).setParameter("v", voteId).executeUpdate();
            if (n == 0) {
                throw ProblemException.conflict("Cuộc biểu quyết đã kết thúc.");
            }
            VoteEntity v = em.find(VoteEntity.class, voteId);
            em.refresh(v);
            Tallies.Counted c = Tallies.count(counts(em, voteId, v.secret == 1), candidates(em, voteId).size());
            VoteRule rule = VoteRule.parse(Matter.valueOf(v.matter), v.rule);
            v.yes = (int) c.yes();
            v.no = (int) c.no();
            v.abstain = (int) c.abstain();
            v.cast = (int) c.cast();
            List<CandidateEntity> cands = candidates(em, voteId);
            if (v.seats > 0) {
                Map<String, Long> byName = new java.util.LinkedHashMap<>();
                cands.forEach(e -> byName.put(e.name, c.candidates()[e.pos]));
                Set<String> elected = Set.copyOf(rule.elect(byName, v.eligible, c.cast(), v.seats));
                for (CandidateEntity e : cands) {
                    e.votes = (int) c.candidates()[e.pos];
                    e.elected = elected.contains(e.name) ? 1 : 0;
                }
                v.passed = elected.size() == v.seats ? 1 : 0;
            } else {
                v.passed = rule.passes(c.yes(), v.eligible, c.cast()) ? 1 : 0;
            }
            return null;
        });
        return find(meetingId, voteId).orElseThrow();
    }

    /** How many votes exist (the demo loads only into an empty module). */
    long count() {
        return unit.read(em -> em.createQuery("SELECT COUNT(v) FROM MeetingVote v", Long.class).getSingleResult());
    }

    /** Closed meetings of month {@code monthKey}: {meeting id, start (epoch ms), agenda item ids...}. */
    List<long[]> closedMeetings(int monthKey) {
        return unit.read(em -> {
            List<long[]> out = new ArrayList<>();
            for (Object[] m : em.createQuery("SELECT m.id, m.startsAt FROM Meeting m WHERE m.monthKey = :k AND m.status = 'CLOSED'"
                    + " ORDER BY m.id", Object[].class).setParameter("k", monthKey).getResultList()) {
                List<Long> items = em.createQuery("SELECT a.id FROM MeetingAgendaItem a WHERE a.meetingId = :m ORDER BY a.pos",
                        Long.class).setParameter("m", m[0]).getResultList();
                long[] row = new long[2 + items.size()];
                row[0] = (Long) m[0];
                row[1] = instant((java.time.LocalDateTime) m[1]).toEpochMilli();
                for (int i = 0; i < items.size(); i++) {
                    row[2 + i] = items.get(i);
                }
                out.add(row);
            }
            return out;
        });
    }

    /** Members on the roll entitled to vote on {@code matter}, present or not. */
    long eligible(long meetingId, Matter matter) {
        List<String> voting = java.util.Arrays.stream(MemberStatus.values()).filter(s -> Eligibility.votes(s, matter))
                .map(Enum::name).toList();
        return unit.read(em -> em.createQuery("SELECT COUNT(a) FROM MeetingAttendee a WHERE a.meetingId = :m"
                + " AND a.statusAtInvite IN :s", Long.class).setParameter("m", meetingId).setParameter("s", voting).getSingleResult());
    }

    /** Members on the roll checked in PRESENT who vote on {@code matter}. */
    List<Long> presentVoters(long meetingId, Matter matter) {
        List<String> voting = java.util.Arrays.stream(MemberStatus.values()).filter(s -> Eligibility.votes(s, matter))
                .map(Enum::name).toList();
        return unit.read(em -> em.createQuery("SELECT a.memberId FROM MeetingAttendee a WHERE a.meetingId = :m"
                + " AND a.state = 'PRESENT' AND a.statusAtInvite IN :s ORDER BY a.memberId", Long.class)
                .setParameter("m", meetingId).setParameter("s", voting).getResultList());
    }

    private static List<CandidateEntity> candidates(EntityManager em, long voteId) {
        return em.createQuery("SELECT c FROM MeetingVoteCandidate c WHERE c.voteId = :v ORDER BY c.pos", CandidateEntity.class)
                .setParameter("v", voteId).getResultList();
    }

    private static List<Row> rows(EntityManager em, List<VoteEntity> votes) {
        if (votes.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CandidateEntity>> cands = new HashMap<>();
        em.createQuery("SELECT c FROM MeetingVoteCandidate c WHERE c.voteId IN :v ORDER BY c.pos", CandidateEntity.class)
                .setParameter("v", votes.stream().map(v -> v.id).toList()).getResultList()
                .forEach(c -> cands.computeIfAbsent(c.voteId, k -> new ArrayList<>()).add(c));
        return votes.stream().map(v -> {
            List<CandidateEntity> c = cands.getOrDefault(v.id, List.of());
            return new Row(v.id, v.meetingId, v.agendaId, v.question, Matter.valueOf(v.matter), v.secret == 1, v.seats,
                    VoteRule.parse(Matter.valueOf(v.matter), v.rule), Vote.Status.valueOf(v.status), v.eligible, v.ballots,
                    c.stream().map(e -> e.name).toList(), c.stream().map(e -> e.votes).toList(),
                    c.stream().map(e -> e.elected != null && e.elected == 1).toList(), v.yes, v.no, v.abstain, v.cast,
                    v.passed == null ? null : v.passed == 1, instant(v.createdAt), instant(v.closedAt));
        }).toList();
    }
}
