package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.sotay.api.Role;

/** What the stores hand out: records, never entities. */
final class Rows {
    private Rows() {
    }

    /** A question bank owned by {@code orgId}. */
    record Bank(long id, long orgId, String name, Instant createdAt) {
    }

    /** A question with its key ({@code correct}: 0-based option indexes); only managers and results see the key. */
    record Question(long id, long bankId, String topic, int difficulty, boolean multiple, String text,
            List<String> options, Set<Integer> correct, String explanation, String sourceDocument,
            String sourceArticle, String sourceRef) {
    }

    /** Quiz: the key after the member's own submission; contest: the key and rankings once it closes. */
    enum Kind { QUIZ, CONTEST }

    /** A quiz or contest; {@code role} (nullable) narrows it to holders of that role in the subtree. */
    record Contest(long id, long orgId, Role role, Kind kind, String title, long bankId, String topic,
            Integer difficulty, int questionCount, int minutes, int attemptsAllowed, int passPercent,
            Instant opensAt, Instant closesAt, long createdBy, Instant createdAt) {

        boolean open(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }

        boolean closed(Instant now) {
            return !now.isBefore(closesAt);
        }
    }

    /** One attempt; {@code score} is set once submitted or scored after its deadline. */
    record Attempt(long id, long contestId, long memberId, long cellId, int no, long seed, Instant startedAt,
            Instant deadline, Instant submittedAt, Integer score, int total) {

        /** Still answerable: neither submitted nor past its deadline (the server's clock). */
        boolean running(Instant now) {
            return submittedAt == null && now.isBefore(deadline);
        }

        /** Over: submitted, or its deadline passed. */
        boolean over(Instant now) {
            return !running(now);
        }
    }

    /** A question as a row of an import, before it is stored. */
    record QuestionDraft(String topic, int difficulty, boolean multiple, String text, List<String> options,
            Set<Integer> correct, String explanation, String sourceDocument, String sourceArticle, String sourceRef) {
    }
}
