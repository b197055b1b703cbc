package vn.sotay.surveys.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.Sql;
import vn.sotay.api.vote.SecretBallots;

/**
 * Responses (SRV_ROLL, SRV_NAMED, SRV_BOX, SRV_ANSWER). The roll holds survey and member only and
 * its key allows one response per member, concurrent requests included. A named survey links the
 * member to a ballot (SRV_NAMED); an anonymous one follows {@link SecretBallots}: a box row with a
 * random ballot id and the receipt's hash, no member and no time, so nothing links roll and box.
 */
@Component(service = BallotBox.class)
public class BallotBox {
    /** One answer row: the chosen option ({@code -1} for a text). */
    record AnswerRow(String ballot, long questionId, int option, String text) {
    }

    /** What a response did: {@code changed} when it replaced an earlier one; the receipt of a new anonymous one. */
    record Outcome(boolean changed, String receipt) {
    }

    private final PersistenceUnit unit;

    @Activate
    public BallotBox(@Reference SurveyStore store) {
        this.unit = store.unit;
    }

    /**
     * Stores {@code memberId}'s answers: a first response, or a change (named: by the member;
     * anonymous: by {@code receipt} only). 409 for a second response without a receipt.
     */
    Outcome respond(Survey s, long memberId, List<AnswerRow> answers, String receipt) {
        String hash = receipt == null || receipt.isEmpty() ? null : SecretBallots.hash(receipt);
        if (s.anonymous() && receipt != null && !receipt.isEmpty() && hash == null) {
            throw ProblemException.invalid("receipt", "Mã biên nhận không hợp lệ.");
        }
        try {
            return unit.write(em -> s.anonymous() ? anonymous(em, s.id(), memberId, answers, hash)
                    : named(em, s.id(), memberId, answers));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (answered(s.id(), memberId)) { // a concurrent first response won the roll's key
                throw already();
            }
            throw e;
        }
    }

    private static Outcome named(EntityManager em, long survey, long member, List<AnswerRow> answers) {
        List<?> existing = em.createNativeQuery("SELECT BALLOT_ID FROM SRV_NAMED WHERE SURVEY_ID = ? AND MEMBER_ID = ?")
                .setParameter(1, survey).setParameter(2, member).getResultList();
        String ballot;
        if (existing.isEmpty()) {
            ballot = SecretBallots.ballotId();
            roll(em, survey, member);
            em.createNativeQuery("INSERT INTO SRV_NAMED (SURVEY_ID, MEMBER_ID, BALLOT_ID, ANSWERED_AT) VALUES (?, ?, ?, ?)")
                    .setParameter(1, survey).setParameter(2, member).setParameter(3, ballot)
                    .setParameter(4, Sql.utc(Instant.now())).executeUpdate();
        } else {
            ballot = (String) existing.get(0);
            em.createNativeQuery("UPDATE SRV_NAMED SET ANSWERED_AT = ? WHERE SURVEY_ID = ? AND MEMBER_ID = ?")
                    .setParameter(1, Sql.utc(Instant.now())).setParameter(2, survey).setParameter(3, member).executeUpdate();
            clear(em, ballot);
        }
        insert(em, survey, ballot, answers);
        return new Outcome(!existing.isEmpty(), null);
    }

    private static Outcome anonymous(EntityManager em, long survey, long member, List<AnswerRow> answers, String hash) {
        boolean onRoll = !em.createNativeQuery("SELECT MEMBER_ID FROM SRV_ROLL WHERE SURVEY_ID = ? AND MEMBER_ID = ?")
                .setParameter(1, survey).setParameter(2, member).getResultList().isEmpty();
        if (hash != null) {
            if (!onRoll) {
                throw ProblemException.conflict("Bạn chưa trả lời cuộc thăm dò này: gửi câu trả lời không kèm mã biên nhận.");
            }
            List<?> box = em.createNativeQuery("SELECT BALLOT_ID FROM SRV_BOX WHERE RECEIPT_HASH = ? AND SURVEY_ID = ?")
                    .setParameter(1, hash).setParameter(2, survey).getResultList();
            if (box.isEmpty()) {
                throw ProblemException.invalid("receipt", "Mã biên nhận không đúng với cuộc thăm dò này.");
            }
            clear(em, (String) box.get(0));
            insert(em, survey, (String) box.get(0), answers);
            return new Outcome(true, null);
        }
        if (onRoll) {
            throw already();
        }
        roll(em, survey, member);
        String ballot = SecretBallots.ballotId();
        String receipt = SecretBallots.receipt();
        em.createNativeQuery("INSERT INTO SRV_BOX (BALLOT_ID, SURVEY_ID, RECEIPT_HASH) VALUES (?, ?, ?)")
                .setParameter(1, ballot).setParameter(2, survey).setParameter(3, SecretBallots.hash(receipt)).executeUpdate();
        insert(em, survey, ballot, answers);
        return new Outcome(false, receipt);
    }

    private static void roll(EntityManager em, long survey, long member) {
        em.createNativeQuery("INSERT INTO SRV_ROLL (SURVEY_ID, MEMBER_ID) VALUES (?, ?)").setParameter(1, survey)
                .setParameter(2, member).executeUpdate();
    }

    private static void clear(EntityManager em, String ballot) {
        em.createNativeQuery("DELETE FROM SRV_ANSWER WHERE BALLOT_ID = ?").setParameter(1, ballot).executeUpdate();
    }

    private static void insert(EntityManager em, long survey, String ballot, List<AnswerRow> answers) {
        for (AnswerRow a : answers) {
            em.createNativeQuery("INSERT INTO SRV_ANSWER (BALLOT_ID, SURVEY_ID, QUESTION_ID, OPTION_NO, TEXT) "
                    + "VALUES (?, ?, ?, ?, ?)").setParameter(1, ballot).setParameter(2, survey)
                    .setParameter(3, a.questionId()).setParameter(4, a.option()).setParameter(5, a.text()).executeUpdate();
        }
    }

    private static ProblemException already() {
        return ProblemException.conflict("Bạn đã trả lời cuộc thăm dò này; mỗi đảng viên chỉ có một phiếu trả lời.");
    }

    boolean answered(long survey, long member) {
        return unit.read(em -> !em.createNativeQuery("SELECT MEMBER_ID FROM SRV_ROLL WHERE SURVEY_ID = ? AND MEMBER_ID = ?")
                .setParameter(1, survey).setParameter(2, member).getResultList().isEmpty());
    }

    /** Which of {@code surveys} the member has answered (one query). */
    Set<Long> answeredOf(List<Long> surveys, long member) {
        if (surveys.isEmpty()) {
            return Set.of();
        }
        return unit.read(em -> {
            Set<Long> out = new LinkedHashSet<>();
            for (List<Long> chunk : Sql.chunks(surveys)) {
                String in = String.join(",", chunk.stream().map(String::valueOf).toList());
                for (Object o : em.createNativeQuery("SELECT SURVEY_ID FROM SRV_ROLL WHERE MEMBER_ID = ? AND SURVEY_ID IN ("
                        + in + ")").setParameter(1, member).getResultList()) {
                    out.add(((Number) o).longValue());
                }
            }
            return out;
        });
    }

    /** The members who answered (the roll). */
    List<Long> roll(long survey) {
        return unit.read(em -> em.createNativeQuery("SELECT MEMBER_ID FROM SRV_ROLL WHERE SURVEY_ID = ?")
                .setParameter(1, survey).getResultList().stream().map(o -> ((Number) o).longValue()).toList());
    }

    /** The members on the rolls of these surveys, one entry per response (metric surveys.responses). */
    List<Long> rolls(List<Long> surveys) {
        List<Long> out = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(surveys)) {
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            out.addAll(unit.read(em -> em.createNativeQuery("SELECT MEMBER_ID FROM SRV_ROLL WHERE SURVEY_ID IN (" + in + ")")
                    .getResultList().stream().map(o -> ((Number) o).longValue()).toList()));
        }
        return out;
    }

    /** Every answer row of a survey. */
    List<AnswerRow> answers(long survey) {
        return unit.read(em -> em.createNativeQuery("SELECT BALLOT_ID, QUESTION_ID, OPTION_NO, TEXT FROM SRV_ANSWER "
                + "WHERE SURVEY_ID = ? ORDER BY QUESTION_ID, BALLOT_ID, OPTION_NO").setParameter(1, survey).getResultList()
                .stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new AnswerRow((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3]);
                }).toList());
    }

    /** Named surveys: ballot id → member id. */
    Map<String, Long> namedBallots(long survey) {
        return unit.read(em -> {
            Map<String, Long> out = new HashMap<>();
            for (Object o : em.createNativeQuery("SELECT BALLOT_ID, MEMBER_ID FROM SRV_NAMED WHERE SURVEY_ID = ?")
                    .setParameter(1, survey).getResultList()) {
                Object[] r = (Object[]) o;
                out.put((String) r[0], ((Number) r[1]).longValue());
            }
            return out;
        });
    }

    /** A named survey's answers of one member (empty when none, or when the survey is anonymous). */
    List<AnswerRow> mine(long survey, long member) {
        return unit.read(em -> em.createNativeQuery("SELECT a.BALLOT_ID, a.QUESTION_ID, a.OPTION_NO, a.TEXT FROM SRV_ANSWER a, "
                + "SRV_NAMED n WHERE n.SURVEY_ID = ? AND n.MEMBER_ID = ? AND a.BALLOT_ID = n.BALLOT_ID ORDER BY a.QUESTION_ID, "
                + "a.OPTION_NO").setParameter(1, survey).setParameter(2, member).getResultList().stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new AnswerRow((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3]);
                }).toList());
    }
}
