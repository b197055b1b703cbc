package vn.sotay.surveys.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.surveys.internal.Survey.Question;
import vn.sotay.surveys.internal.entity.QuestionEntity;
import vn.sotay.surveys.internal.entity.SurveyEntity;

/** Surveys and questions (SRV_SURVEY, SRV_QUESTION): one query per question asked, UTC timestamps. */
@Component(service = SurveyStore.class, immediate = true)
public class SurveyStore {
    private static final String PUBLISHED_FOR = "SELECT s FROM SurveyEntity s WHERE s.published = :yes AND s.orgId IN :orgs ";

    final PersistenceUnit unit;

    @Activate
    public SurveyStore(@Reference PersistenceService persistence) {
        this(persistence.open(spec()));
    }

    SurveyStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    static UnitSpec spec() {
        return new UnitSpec(SurveysModule.ID, SurveyStore.class.getClassLoader(),
                List.of(SurveyEntity.class, QuestionEntity.class), List.of("db/surveys/V1__init.sql"));
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Stores a draft. */
    Survey insert(SurveyDraft d, Caller creator, Instant now) {
        return unit.write(em -> {
            SurveyEntity e = new SurveyEntity();
            e.creatorAccountId = creator.accountId();
            e.creatorName = creator.name();
            e.createdAt = utc(now);
            fill(e, d);
            em.persist(e);
            em.flush();
            return survey(e, replaceQuestions(em, e.id, d.questions()));
        });
    }

    /** Replaces a draft's fields and questions; 409 once it is published. */
    Survey update(long id, SurveyDraft d) {
        return unit.write(em -> {
            SurveyEntity e = draft(em, id);
            fill(e, d);
            return survey(e, replaceQuestions(em, id, d.questions()));
        });
    }

    /** Publishes a draft (it opens at its openAt). */
    Survey publish(long id) {
        return unit.write(em -> {
            SurveyEntity e = draft(em, id);
            e.published = true;
            return survey(e, questions(em, id));
        });
    }

    /** Closes an open or scheduled survey now; 409 when it is a draft or already closed. */
    Survey close(long id, Instant now) {
        return unit.write(em -> {
            SurveyEntity e = em.find(SurveyEntity.class, id);
            if (e == null || !e.published || e.closedAt != null || !now.isBefore(instant(e.closeAt))) {
                throw ProblemException.conflict("Chỉ đóng được cuộc thăm dò đã phát hành và chưa kết thúc.");
            }
            e.closedAt = utc(now);
            return survey(e, questions(em, id));
        });
    }

    Optional<Survey> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(SurveyEntity.class, id)).map(e -> survey(e, questions(em, id))));
    }

    /** The surveys with these ids, without their questions (content references). */
    List<Survey> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT s FROM SurveyEntity s WHERE s.id IN :ids", SurveyEntity.class)
                .setParameter("ids", ids).getResultList().stream().map(SurveyStore::light).toList());
    }

    /** Published surveys addressed to one of {@code orgs} taking answers at {@code now}, closing soonest first. */
    List<Survey> openFor(Collection<Long> orgs, Instant now, int max) {
        return unit.read(em -> em.createQuery(PUBLISHED_FOR + "AND s.closedAt IS NULL AND s.openAt <= :now "
                + "AND s.closeAt > :now ORDER BY s.closeAt, s.id", SurveyEntity.class).setParameter("orgs", orgs).setParameter("yes", true)
                .setParameter("now", utc(now)).setMaxResults(max).getResultList().stream().map(SurveyStore::light).toList());
    }

    /** Surveys of {@code orgs} ({@code null}: every organisation) not in {@code except}, newest first. */
    List<Survey> managed(Collection<Long> orgs, Collection<Long> except, int offset, int max) {
        String q = "SELECT s FROM SurveyEntity s WHERE " + (orgs == null ? "s.id IS NOT NULL " : "s.orgId IN :orgs ")
                + (except.isEmpty() ? "" : "AND s.id NOT IN :except ") + "ORDER BY s.createdAt DESC, s.id DESC";
        return unit.read(em -> {
            var query = em.createQuery(q, SurveyEntity.class);
            if (orgs != null) {
                query.setParameter("orgs", orgs);
            }
            if (!except.isEmpty()) {
                query.setParameter("except", except);
            }
            return query.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(SurveyStore::light).toList();
        });
    }

    /** Distinct organisations that have surveys (to filter a manager's scopes in memory). */
    List<Long> orgs() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT s.orgId FROM SurveyEntity s", Long.class).getResultList());
    }

    /** Published, not closed early, addressed to {@code orgs}, closing in [from, to) (calendar). */
    List<Survey> closing(Collection<Long> orgs, Instant from, Instant to, int max) {
        return unit.read(em -> em.createQuery(PUBLISHED_FOR + "AND s.closedAt IS NULL AND s.closeAt >= :from "
                + "AND s.closeAt < :to ORDER BY s.closeAt, s.id", SurveyEntity.class).setParameter("orgs", orgs).setParameter("yes", true)
                .setParameter("from", utc(from)).setParameter("to", utc(to)).setMaxResults(max).getResultList()
                .stream().map(SurveyStore::light).toList());
    }

    /** Published surveys that opened by {@code now} and whose members were not told yet. */
    List<Long> dueToTell(Instant now) {
        return unit.read(em -> em.createQuery("SELECT s.id FROM SurveyEntity s WHERE s.published = :yes AND "
                + "s.openTold = :no AND s.openAt <= :now AND s.closedAt IS NULL AND s.closeAt > :now", Long.class)
                .setParameter("now", utc(now)).setParameter("yes", true).setParameter("no", false).setMaxResults(100).getResultList());
    }

    /** Open surveys closing within a day of {@code now} whose reminder has not been sent. */
    List<Long> dueToRemind(Instant now) {
        return unit.read(em -> em.createQuery("SELECT s.id FROM SurveyEntity s WHERE s.published = :yes AND "
                + "s.reminded = :no AND s.openAt <= :now AND s.closedAt IS NULL AND s.closeAt > :now "
                + "AND s.closeAt <= :day", Long.class).setParameter("now", utc(now)).setParameter("yes", true).setParameter("no", false)
                .setParameter("day", utc(now.plusSeconds(86_400))).setMaxResults(100).getResultList());
    }

    /** Sets a flag ({@code OPEN_TOLD} or {@code REMINDED}) unless set: true for the one caller that set it (never twice). */
    boolean mark(long id, String flag) {
        String column = switch (flag) {
            case "openTold", "reminded" -> flag;
            default -> throw new IllegalArgumentException(flag);
        };
        return unit.write(em -> em.createQuery("UPDATE SurveyEntity s SET s." + column + " = :yes WHERE s.id = :id AND s."
                + column + " = :no").setParameter("id", id).setParameter("yes", true).setParameter("no", false).executeUpdate()) == 1;
    }

    /** Records an on-demand reminder unless one was sent after {@code since}: true when this call may send it. */
    boolean remindedAt(long id, Instant now, Instant since) {
        return unit.write(em -> em.createQuery("UPDATE SurveyEntity s SET s.lastRemindAt = :now WHERE s.id = :id AND "
                + "(s.lastRemindAt IS NULL OR s.lastRemindAt < :since)").setParameter("now", utc(now))
                .setParameter("since", utc(since)).setParameter("id", id).executeUpdate()) == 1;
    }

    /** Surveys published with their opening in [from, to), per organisation (metric surveys.sent). */
    Map<Long, Long> sentByOrg(Instant from, Instant to) {
        return unit.read(em -> {
            Map<Long, Long> out = new HashMap<>();
            em.createQuery("SELECT s.orgId, COUNT(s) FROM SurveyEntity s WHERE s.published = :yes AND s.openAt >= :from "
                    + "AND s.openAt < :to GROUP BY s.orgId", Object[].class).setParameter("from", utc(from)).setParameter("yes", true)
                    .setParameter("to", utc(to)).getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
            return out;
        });
    }

    /** Ids of published surveys opening in [from, to). */
    List<Long> openedIn(Instant from, Instant to) {
        return unit.read(em -> em.createQuery("SELECT s.id FROM SurveyEntity s WHERE s.published = :yes AND "
                + "s.openAt >= :from AND s.openAt < :to", Long.class).setParameter("from", utc(from)).setParameter("yes", true)
                .setParameter("to", utc(to)).getResultList());
    }

    long count() {
        return unit.read(em -> em.createQuery("SELECT COUNT(s) FROM SurveyEntity s", Long.class).getSingleResult());
    }

    // ---------------------------------------------------------------------------------------------

    private static SurveyEntity draft(EntityManager em, long id) {
        SurveyEntity e = em.find(SurveyEntity.class, id);
        if (e == null || e.published) {
            throw ProblemException.conflict("Chỉ sửa hoặc phát hành được cuộc thăm dò đang là bản nháp.");
        }
        return e;
    }

    private static void fill(SurveyEntity e, SurveyDraft d) {
        e.title = d.title();
        e.description = d.description();
        e.orgId = d.orgId();
        e.anonymous = d.anonymous();
        e.resultsPublic = d.resultsPublic();
        e.openAt = utc(d.openAt());
        e.closeAt = utc(d.closeAt());
    }

    private static List<Question> replaceQuestions(EntityManager em, long surveyId, List<Question> qs) {
        em.createQuery("DELETE FROM QuestionEntity q WHERE q.surveyId = :s").setParameter("s", surveyId).executeUpdate();
        for (int i = 0; i < qs.size(); i++) {
            Question q = qs.get(i);
            QuestionEntity e = new QuestionEntity();
            e.surveyId = surveyId;
            e.pos = i;
            e.kind = q.kind().name();
            e.text = q.text();
            e.required = q.required();
            e.maxChoices = q.maxChoices();
            e.maxLength = q.maxLength();
            e.options = String.join("\n", q.options());
            em.persist(e);
        }
        em.flush();
        return questions(em, surveyId);
    }

    private static List<Question> questions(EntityManager em, long surveyId) {
        return em.createQuery("SELECT q FROM QuestionEntity q WHERE q.surveyId = :s ORDER BY q.pos", QuestionEntity.class)
                .setParameter("s", surveyId).getResultList().stream()
                .map(q -> new Question(q.id, Survey.QuestionKind.valueOf(q.kind), q.text, q.required,
                        q.options == null || q.options.isEmpty() ? List.of() : Arrays.asList(q.options.split("\n")),
                        q.maxChoices, q.maxLength))
                .toList();
    }

    private static Survey light(SurveyEntity e) {
        return survey(e, List.of());
    }

    private static Survey survey(SurveyEntity e, List<Question> questions) {
        return new Survey(e.id, e.title, e.description, e.orgId, e.anonymous, e.resultsPublic, e.published,
                instant(e.openAt), instant(e.closeAt), instant(e.closedAt), e.openTold, e.reminded,
                instant(e.lastRemindAt), e.creatorAccountId, e.creatorName, instant(e.createdAt), questions);
    }
}
