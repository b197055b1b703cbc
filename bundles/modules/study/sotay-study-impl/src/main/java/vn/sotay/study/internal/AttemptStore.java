package vn.sotay.study.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.Sql;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.entity.AnswerEntity;
import vn.sotay.study.internal.entity.AttemptEntity;

/**
 * Attempts and their answers (STUDY_ATTEMPT, STUDY_ANSWER). Every change to an attempt locks its row
 * first, so a save and a submission of one attempt never interleave: an answer acknowledged is in the
 * table, and none is accepted after the submission or after the deadline of the server's clock.
 */
final class AttemptStore {
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final PersistenceUnit unit;

    AttemptStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    Optional<Attempt> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(AttemptEntity.class, id)).map(AttemptStore::attempt));
    }

    /** A member's attempts at a contest, by number. */
    List<Attempt> of(long contestId, long memberId) {
        return unit.read(em -> em.createQuery("SELECT a FROM StudyAttempt a WHERE a.memberId = :m AND a.contestId = :c "
                + "ORDER BY a.no", AttemptEntity.class).setParameter("m", memberId).setParameter("c", contestId)
                .getResultList().stream().map(AttemptStore::attempt).toList());
    }

    /** A member's attempts at these contests (one query), by contest. */
    Map<Long, List<Attempt>> ofMember(long memberId, List<Long> contestIds) {
        if (contestIds.isEmpty()) {
            return Map.of();
        }
        return unit.read(em -> em.createQuery("SELECT a FROM StudyAttempt a WHERE a.memberId = :m AND a.contestId IN :c "
                + "ORDER BY a.no", AttemptEntity.class).setParameter("m", memberId).setParameter("c", contestIds)
                .getResultList().stream().map(AttemptStore::attempt).collect(Collectors.groupingBy(Attempt::contestId)));
    }

    /**
     * Starts attempt number n + 1 for the member, its deadline the earlier of now + the contest's
     * minutes and the contest's close; 409 when the member has used every attempt. The caller resumes a
     * running attempt instead of calling this; two concurrent starts collide on the unique
     * (contest, member, number) and the loser fails.
     */
    Attempt start(Contest c, long memberId, long cellId, long seed, int total, Instant now) {
        return unit.write(em -> {
            long used = em.createQuery("SELECT COUNT(a) FROM StudyAttempt a WHERE a.memberId = :m AND a.contestId = :c",
                    Long.class).setParameter("m", memberId).setParameter("c", c.id()).getSingleResult();
            if (used >= c.attemptsAllowed()) {
                throw ProblemException.conflict("Đồng chí đã dùng hết " + c.attemptsAllowed() + " lượt làm bài.");
            }
            AttemptEntity e = new AttemptEntity();
            e.contestId = c.id();
            e.memberId = memberId;
            e.cellId = cellId;
            e.no = (int) used + 1;
            e.seed = seed;
            e.startedAt = utc(now);
            Instant end = now.plus(Duration.ofMinutes(c.minutes()));
            e.deadline = utc(end.isBefore(c.closesAt()) ? end : c.closesAt());
            e.total = total;
            em.persist(e);
            em.flush();
            return attempt(e);
        });
    }

    /** The attempt's saved answers: question id to the question's own option indexes. */
    Map<Long, Set<Integer>> answers(long attemptId) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT a FROM StudyAnswer a WHERE a.attemptId = :a", AnswerEntity.class)
                .setParameter("a", attemptId).getResultList()).forEach(a -> out.put(a.questionId, choices(a.choices)));
        return out;
    }

    /** Saves (or replaces) one answer; the same answer twice changes nothing. 409 once the attempt is over. */
    void save(long attemptId, long questionId, Set<Integer> choices, Instant now) {
        unit.write(em -> {
            AttemptEntity a = running(em, attemptId, now);
            AnswerEntity.Key key = new AnswerEntity.Key();
            key.attemptId = a.id;
            key.questionId = questionId;
            AnswerEntity e = em.find(AnswerEntity.class, key);
            if (e == null) {
                e = new AnswerEntity();
                e.attemptId = a.id;
                e.questionId = questionId;
                e.choices = text(choices);
                e.savedAt = utc(now);
                em.persist(e);
            } else if (!e.choices.equals(text(choices))) {
                e.choices = text(choices);
                e.savedAt = utc(now);
            }
            return null;
        });
    }

    /**
     * Submits and scores the attempt against {@code key}; submitting again answers the same attempt.
     * 409 with the deadline when the server's clock has passed it (whatever the client says).
     */
    Attempt submit(long attemptId, Map<Long, Set<Integer>> key, Instant now) {
        return unit.write(em -> {
            AttemptEntity a = em.find(AttemptEntity.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
            if (a.submittedAt != null) {
                return attempt(a);
            }
            running(em, attemptId, now);
            a.submittedAt = utc(now);
            a.score = score(em, List.of(a.id), key).getOrDefault(a.id, 0);
            return attempt(a);
        });
    }

    /**
     * Scores every attempt of the contest whose deadline passed unsubmitted, from the answers saved in
     * time (one query for the attempts, one per 500 for their answers). Idempotent.
     */
    void scoreExpired(long contestId, Map<Long, Set<Integer>> key, Instant now) {
        unit.write(em -> {
            List<AttemptEntity> expired = em.createQuery("SELECT a FROM StudyAttempt a WHERE a.contestId = :c "
                    + "AND a.score IS NULL AND a.submittedAt IS NULL AND a.deadline <= :now", AttemptEntity.class)
                    .setParameter("c", contestId).setParameter("now", utc(now)).getResultList();
            if (!expired.isEmpty()) {
                Map<Long, Integer> scores = score(em, expired.stream().map(a -> a.id).toList(), key);
                expired.forEach(a -> a.score = scores.getOrDefault(a.id, 0));
            }
            return null;
        });
    }

    /** Every scored attempt of a contest. */
    List<Attempt> scored(long contestId) {
        return unit.read(em -> em.createQuery("SELECT a FROM StudyAttempt a WHERE a.contestId = :c AND a.score IS NOT NULL",
                AttemptEntity.class).setParameter("c", contestId).getResultList().stream().map(AttemptStore::attempt).toList());
    }

    /** Attempts submitted in {@code [from, to)} per cell (the metric {@code study.attempts}). */
    Map<Long, Long> submittedByCell(Instant from, Instant to) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT a.cellId, COUNT(a) FROM StudyAttempt a WHERE a.submittedAt >= :f "
                + "AND a.submittedAt < :t GROUP BY a.cellId", Object[].class).setParameter("f", utc(from))
                .setParameter("t", utc(to)).getResultList()).forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /**
     * Scored attempts that ended in {@code [from, to)}: submitted then, or scored after a deadline
     * that fell then (the metrics {@code study.participants}, {@code study.passed}, {@code study.score}).
     */
    List<Attempt> endedIn(Instant from, Instant to) {
        return unit.read(em -> em.createQuery("SELECT a FROM StudyAttempt a WHERE a.score IS NOT NULL AND ("
                + "(a.submittedAt >= :f AND a.submittedAt < :t) OR (a.submittedAt IS NULL AND a.deadline >= :f "
                + "AND a.deadline < :t))", AttemptEntity.class).setParameter("f", utc(from)).setParameter("t", utc(to))
                .getResultList().stream().map(AttemptStore::attempt).toList());
    }

    /** Contests with attempts whose deadline passed in {@code [from, min(to, now))} unsubmitted and unscored. */
    List<Long> unscoredIn(Instant from, Instant to, Instant now) {
        Instant end = to.isBefore(now) ? to : now;
        return unit.read(em -> em.createQuery("SELECT DISTINCT a.contestId FROM StudyAttempt a WHERE a.score IS NULL "
                + "AND a.submittedAt IS NULL AND a.deadline >= :f AND a.deadline <= :t", Long.class)
                .setParameter("f", utc(from)).setParameter("t", utc(end)).getResultList());
    }

    private static AttemptEntity running(EntityManager em, long attemptId, Instant now) {
        AttemptEntity a = em.find(AttemptEntity.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a.submittedAt != null) {
            throw ProblemException.conflict("Bài đã nộp; không thể thay đổi câu trả lời.");
        }
        if (!now.isBefore(instant(a.deadline))) {
            throw ProblemException.conflict("Đã hết giờ làm bài lúc " + CLOCK.format(instant(a.deadline))
                    + " (giờ máy chủ). Các câu trả lời đã lưu trước giờ đó vẫn được chấm.");
        }
        return a;
    }

    private static Map<Long, Integer> score(EntityManager em, List<Long> attemptIds, Map<Long, Set<Integer>> key) {
        Map<Long, Integer> out = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(attemptIds)) {
            em.createQuery("SELECT a FROM StudyAnswer a WHERE a.attemptId IN :ids", AnswerEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(a -> {
                        Set<Integer> right = key.get(a.questionId);
                        if (right != null && right.equals(choices(a.choices))) {
                            out.merge(a.attemptId, 1, Integer::sum);
                        }
                    });
        }
        return out;
    }

    static Set<Integer> choices(String text) {
        Set<Integer> out = new TreeSet<>();
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Integer.parseInt(s)));
        return out;
    }

    private static String text(Set<Integer> choices) {
        return new TreeSet<>(choices).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Attempt attempt(AttemptEntity e) {
        return new Attempt(e.id, e.contestId, e.memberId, e.cellId, e.no, e.seed, instant(e.startedAt),
                instant(e.deadline), e.submittedAt == null ? null : instant(e.submittedAt), e.score, e.total);
    }
}
