package vn.sotay.qa.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.qa.internal.Rows.Counts;
import vn.sotay.qa.internal.Rows.Hop;
import vn.sotay.qa.internal.Rows.Question;
import vn.sotay.qa.internal.Rows.Status;
import vn.sotay.qa.internal.entity.AssistantUseEntity;
import vn.sotay.qa.internal.entity.FaqEntity;
import vn.sotay.qa.internal.entity.ForwardEntity;
import vn.sotay.qa.internal.entity.QuestionEntity;

/**
 * The module's only access to its tables (QA_*): one query per question asked of it, UTC timestamps.
 * After each commit it publishes a change event ({@code qa}/{@code question}, the addressee as org).
 */
@Component(service = QaStore.class, immediate = true)
public class QaStore {
    static final String OPEN = "('WAITING', 'FORWARDED')";
    private static final String NOT_FOUND = "Không tìm thấy câu hỏi.";
    private final PersistenceUnit unit;
    private final ChangeBus changes;
    final FaqStore faq;

    @Activate
    public QaStore(@Reference PersistenceService persistence, @Reference ChangeBus changes) {
        this(persistence.open(spec()), changes);
    }

    QaStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
        this.faq = new FaqStore(unit, changes);
    }

    /** The unit: migrations run in order (script i is version i); add V2__*.sql after V1, never edit V1. */
    static UnitSpec spec() {
        return new UnitSpec(QaModule.ID, QaStore.class.getClassLoader(),
                List.of(QuestionEntity.class, ForwardEntity.class, FaqEntity.class, AssistantUseEntity.class), List.of("db/qa/V1__init.sql"));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** A new question, waiting at {@code orgId} (path {@code orgPath}) until {@code dueAt}. */
    Question ask(long memberId, String name, long cellId, long orgId, String orgPath, String topic, String text,
            boolean privateQuestion, Instant now, Instant dueAt) {
        Question q = unit.write(em -> {
            QuestionEntity e = new QuestionEntity();
            e.setAskerMemberId(memberId);
            e.setAskerName(name);
            e.setAskerCellId(cellId);
            e.setFirstOrgId(orgId);
            e.setOrgId(orgId);
            e.setOrgPath(orgPath);
            e.setTopic(topic);
            e.setText(text);
            e.setPrivateQuestion(privateQuestion);
            e.setStatus(Status.WAITING.name());
            e.setAskedAt(utc(now));
            e.setDueAt(utc(dueAt));
            em.persist(e);
            em.flush();
            return question(e);
        });
        publish(ChangeEvent.created(QaModule.ID, QaModule.QUESTION, q.id(), q.orgId()));
        return q;
    }

    Optional<Question> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(QuestionEntity.class, id)).map(QaStore::question));
    }

    /** The questions with these ids that exist (at most 1,000 ids: one query). */
    List<Question> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT q FROM QaQuestion q WHERE q.id IN :ids", QuestionEntity.class)
                .setParameter("ids", ids.size() > 1000 ? ids.subList(0, 1000) : ids).getResultList().stream()
                .map(QaStore::question).toList());
    }

    /** The route upward of a question, oldest step first. */
    List<Hop> hops(long questionId) {
        return unit.read(em -> em.createQuery("SELECT f FROM QaForward f WHERE f.questionId = :q ORDER BY f.id",
                ForwardEntity.class).setParameter("q", questionId).getResultList().stream()
                .map(f -> new Hop(f.getFromOrgId(), f.getToOrgId(), f.getByName(), f.getNote(), instant(f.getAt())))
                .toList());
    }

    /** A member's questions, newest first; {@code status} null for all. */
    List<Question> mine(long memberId, Status status, int offset, int max) {
        return unit.read(em -> {
            var query = em.createQuery("SELECT q FROM QaQuestion q WHERE q.askerMemberId = :m"
                    + (status == null ? "" : " AND q.status = :s") + " ORDER BY q.askedAt DESC, q.id DESC",
                    QuestionEntity.class).setParameter("m", memberId);
            if (status != null) {
                query.setParameter("s", status.name());
            }
            return query.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(QaStore::question).toList();
        });
    }

    /** Open questions addressed inside the subtree of path {@code orgPath}, waiting longest first. */
    List<Question> desk(String orgPath, int offset, int max) {
        return unit.read(em -> em.createQuery("SELECT q FROM QaQuestion q WHERE q.orgPath LIKE :p AND q.status IN "
                + OPEN + " ORDER BY q.askedAt, q.id", QuestionEntity.class)
                .setParameter("p", orgPath + "%").setFirstResult(offset).setMaxResults(max)
                .getResultList().stream().map(QaStore::question).toList());
    }

    /** Open and overdue counts inside the subtree of path {@code orgPath}: one query. */
    Counts counts(String orgPath, Instant now) {
        Object[] r = unit.read(em -> em.createQuery("SELECT COUNT(q), SUM(CASE WHEN q.dueAt < :now THEN 1 ELSE 0 END) "
                + "FROM QaQuestion q WHERE q.orgPath LIKE :p AND q.status IN " + OPEN, Object[].class)
                .setParameter("p", orgPath + "%").setParameter("now", utc(now)).getSingleResult());
        return new Counts(number(r[0]), number(r[1]));
    }

    /** Open questions past their due time, per addressee: one grouped query (roll it up with the tree). */
    Map<Long, Long> overdueByOrg(Instant now) {
        return grouped("SELECT q.orgId, COUNT(q) FROM QaQuestion q WHERE q.status IN " + OPEN
                + " AND q.dueAt < :now GROUP BY q.orgId", now);
    }

    /** Open questions per addressee: one grouped query. */
    Map<Long, Long> openByOrg() {
        return grouped("SELECT q.orgId, COUNT(q) FROM QaQuestion q WHERE q.status IN " + OPEN
                + " AND q.askedAt < :now GROUP BY q.orgId", Instant.now().plusSeconds(60));
    }

    /** Questions asked in {@code [from, to)} per first addressee: one grouped query. */
    Map<Long, Long> askedByOrg(Instant from, Instant to) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT q.firstOrgId, COUNT(q) FROM QaQuestion q WHERE q.askedAt >= :from "
                + "AND q.askedAt < :to GROUP BY q.firstOrgId", Object[].class)
                .setParameter("from", utc(from)).setParameter("to", utc(to)).getResultList())
                .forEach(r -> out.put((Long) r[0], number(r[1])));
        return out;
    }

    /** Questions answered in {@code [from, to)} per answering organisation: one grouped query. */
    Map<Long, Long> answeredByOrg(Instant from, Instant to) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT q.answeredOrgId, COUNT(q) FROM QaQuestion q WHERE q.answeredAt >= :from "
                + "AND q.answeredAt < :to GROUP BY q.answeredOrgId", Object[].class)
                .setParameter("from", utc(from)).setParameter("to", utc(to)).getResultList())
                .forEach(r -> out.put((Long) r[0], number(r[1])));
        return out;
    }

    /** (first addressee, seconds from asking to the answer) of the questions answered in {@code [from, to)}. */
    List<long[]> answerTimes(Instant from, Instant to) {
        return unit.read(em -> em.createQuery("SELECT q.firstOrgId, q.askedAt, q.answeredAt FROM QaQuestion q "
                + "WHERE q.answeredAt >= :from AND q.answeredAt < :to", Object[].class)
                .setParameter("from", utc(from)).setParameter("to", utc(to)).setMaxResults(100_000).getResultList())
                .stream().map(r -> new long[] {(Long) r[0], java.time.Duration.between(
                        (java.time.LocalDateTime) r[1], (java.time.LocalDateTime) r[2]).toSeconds()}).toList();
    }

    /** Records one use of the assistant (the cell only). */
    void assistantUsed(Long cellId, boolean answered, Instant now) {
        unit.write(em -> {
            AssistantUseEntity e = new AssistantUseEntity();
            e.setCellId(cellId);
            e.setAnswered(answered);
            e.setAskedAt(utc(now));
            em.persist(e);
            return null;
        });
    }

    /** Uses of the assistant in {@code [from, to)} per cell, all or only the declined ones: one grouped query. */
    Map<Long, Long> assistantUses(Instant from, Instant to, boolean declinedOnly) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> {
            var q = em.createQuery("SELECT u.cellId, COUNT(u) FROM QaAssistantUse u WHERE u.askedAt >= :from "
                    + "AND u.askedAt < :to" + (declinedOnly ? " AND u.answered = :no" : "") + " GROUP BY u.cellId",
                    Object[].class).setParameter("from", utc(from)).setParameter("to", utc(to));
            return declinedOnly ? q.setParameter("no", false).getResultList() : q.getResultList();
        }).forEach(r -> out.put((Long) r[0], number(r[1])));
        return out;
    }

    /** Assigns an open question at {@code orgId} to a member; 409 when it moved or was answered meanwhile. */
    Question assign(long id, long orgId, long memberId, String name) {
        return change(id, orgId, (em, e) -> {
            e.setAssigneeMemberId(memberId);
            e.setAssigneeName(name);
        });
    }

    /** Forwards an open question from {@code fromOrgId} up to {@code toOrgId}, keeping the step. */
    Question forward(long id, long fromOrgId, long toOrgId, String toPath, String byName, String note, Instant now) {
        return change(id, fromOrgId, (em, e) -> {
            e.setOrgId(toOrgId);
            e.setOrgPath(toPath);
            e.setStatus(Status.FORWARDED.name());
            e.setAssigneeMemberId(null);
            e.setAssigneeName(null);
            ForwardEntity f = new ForwardEntity();
            f.setQuestionId(id);
            f.setFromOrgId(fromOrgId);
            f.setToOrgId(toOrgId);
            f.setByName(byName);
            f.setNote(note);
            f.setAt(utc(now));
            em.persist(f);
        });
    }

    /** Answers an open question at {@code orgId}. */
    Question answer(long id, long orgId, String text, List<String> citations, String byName, Instant now) {
        return change(id, orgId, (em, e) -> {
            e.setAnswer(text);
            e.setCitations(citations.isEmpty() ? null : String.join(" ", citations));
            e.setAnsweredBy(byName);
            e.setAnsweredOrgId(orgId);
            e.setAnsweredAt(utc(now));
            e.setStatus(Status.ANSWERED.name());
        });
    }

    /** Closes a question (open or answered); 409 when already closed. */
    Question close(long id, Instant now) {
        Question q = unit.write(em -> {
            QuestionEntity e = em.find(QuestionEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound(NOT_FOUND);
            }
            if (Status.CLOSED.name().equals(e.getStatus())) {
                throw ProblemException.conflict("Câu hỏi đã đóng.");
            }
            e.setStatus(Status.CLOSED.name());
            e.setClosedAt(utc(now));
            return question(e);
        });
        publish(ChangeEvent.updated(QaModule.ID, QaModule.QUESTION, q.id(), q.orgId()));
        return q;
    }

    /** Whether a question with exactly this text was asked (the demo data checks its own). */
    boolean asked(String text) {
        return !unit.read(em -> em.createQuery("SELECT q.id FROM QaQuestion q WHERE q.text = :t", Long.class)
                .setParameter("t", text).setMaxResults(1).getResultList()).isEmpty();
    }

    private Question change(long id, long orgId, BiConsumer<EntityManager, QuestionEntity> edit) {
        Question q = unit.write(em -> {
            QuestionEntity e = em.find(QuestionEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound(NOT_FOUND);
            }
            if (!Status.valueOf(e.getStatus()).open() || e.getOrgId() != orgId) {
                throw ProblemException.conflict("Câu hỏi đã được trả lời, đã đóng hoặc đã chuyển đi; hãy tải lại.");
            }
            edit.accept(em, e);
            return question(e);
        });
        publish(ChangeEvent.updated(QaModule.ID, QaModule.QUESTION, q.id(), q.orgId()));
        return q;
    }

    private Map<Long, Long> grouped(String jpql, Instant now) {
        Map<Long, Long> out = new HashMap<>();
        unit.read(em -> em.createQuery(jpql, Object[].class).setParameter("now", utc(now)).getResultList())
                .forEach(r -> out.put((Long) r[0], number(r[1])));
        return out;
    }

    private void publish(ChangeEvent e) {
        changes.publishAndWait(e, ChangeBus.WAIT);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Question question(QuestionEntity e) {
        return new Question(e.getId(), e.getAskerMemberId(), e.getAskerName(), e.getAskerCellId(), e.getFirstOrgId(),
                e.getOrgId(), e.getTopic(), e.getText(), e.getPrivateQuestion(), Status.valueOf(e.getStatus()),
                e.getAssigneeMemberId(), e.getAssigneeName(), instant(e.getAskedAt()), instant(e.getDueAt()),
                e.getAnswer(), e.getCitations() == null ? List.of() : Arrays.asList(e.getCitations().split(" ")),
                e.getAnsweredBy(), e.getAnsweredOrgId(), e.getAnsweredAt() == null ? null : instant(e.getAnsweredAt()),
                e.getClosedAt() == null ? null : instant(e.getClosedAt()));
    }
}
