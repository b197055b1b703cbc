package vn.sotay.qa.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.TypedQuery;

import vn.sotay.api.ProblemException;
import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.qa.internal.entity.FaqEntity;

/** QA_FAQ: entries of the FAQ; publishes {@code qa}/{@code faq} change events (search follows them). */
final class FaqStore {
    private static final String NOT_FOUND = "Không tìm thấy mục hỏi đáp.";
    private final PersistenceUnit unit;
    private final ChangeBus changes;

    FaqStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    /** An FAQ entry. {@code citations}: content references; {@code source}: what it rests on, in words. */
    record Faq(long id, Long questionId, String topic, String question, String answer, List<String> citations,
            String source, long ownerOrgId, long scopeOrgId, ReviewStatus status, long authorAccountId,
            String reviewComment, Instant createdAt, Instant publishedAt) {
    }

    /** A new entry in {@code status} (SUBMITTED when proposed, APPROVED for the demo's own entries). */
    Faq insert(Long questionId, String topic, String question, String answer, List<String> citations, String source,
            long ownerOrgId, long scopeOrgId, String scopePath, ReviewStatus status, long author, Instant now) {
        Faq f = unit.write(em -> {
            if (questionId != null && !em.createQuery("SELECT f.id FROM QaFaq f WHERE f.questionId = :q", Long.class)
                    .setParameter("q", questionId).setMaxResults(1).getResultList().isEmpty()) {
                throw ProblemException.conflict("Câu hỏi này đã được đề nghị đưa vào mục hỏi đáp.");
            }
            FaqEntity e = new FaqEntity();
            e.setQuestionId(questionId);
            e.setTopic(topic);
            e.setQuestion(question);
            e.setAnswer(answer);
            e.setCitations(citations.isEmpty() ? null : String.join(" ", citations));
            e.setSource(source);
            e.setOwnerOrgId(ownerOrgId);
            e.setScopeOrgId(scopeOrgId);
            e.setScopePath(scopePath);
            e.setStatus(status.name());
            e.setAuthorAccountId(author);
            e.setCreatedAt(utc(now));
            e.setPublishedAt(status == ReviewStatus.APPROVED ? utc(now) : null);
            em.persist(e);
            em.flush();
            return faq(e);
        });
        publish(ChangeEvent.created(QaModule.ID, QaModule.FAQ, f.id(), f.scopeOrgId()));
        return f;
    }

    Optional<Faq> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(FaqEntity.class, id)).map(FaqStore::faq));
    }

    List<Faq> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT f FROM QaFaq f WHERE f.id IN :ids", FaqEntity.class)
                .setParameter("ids", ids.size() > 1000 ? ids.subList(0, 1000) : ids).getResultList().stream()
                .map(FaqStore::faq).toList());
    }

    /**
     * Published entries scoped to a node of {@code path} (the reader's cell and its ancestors) or inside
     * one of {@code staffPaths}, by topic then newest; {@code topic} null for all.
     */
    List<Faq> published(List<Long> path, List<String> staffPaths, String topic, int offset, int max) {
        return unit.read(em -> {
            StringBuilder where = new StringBuilder("(f.scopeOrgId IN :path");
            for (int i = 0; i < staffPaths.size(); i++) {
                where.append(" OR f.scopePath LIKE :s").append(i);
            }
            where.append(')');
            TypedQuery<FaqEntity> q = em.createQuery("SELECT f FROM QaFaq f WHERE f.status = 'APPROVED' AND " + where
                    + (topic == null ? "" : " AND f.topic = :topic") + " ORDER BY f.topic, f.publishedAt DESC, f.id DESC",
                    FaqEntity.class).setParameter("path", path.isEmpty() ? List.of(-1L) : path);
            for (int i = 0; i < staffPaths.size(); i++) {
                q.setParameter("s" + i, staffPaths.get(i) + "%");
            }
            if (topic != null) {
                q.setParameter("topic", topic);
            }
            return q.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(FaqStore::faq).toList();
        });
    }

    /** Entries waiting for review, oldest first, at most {@code max} (the caller filters by authority). */
    List<Faq> submitted(int max) {
        return unit.read(em -> em.createQuery("SELECT f FROM QaFaq f WHERE f.status = 'SUBMITTED' ORDER BY f.createdAt, f.id",
                FaqEntity.class).setMaxResults(max).getResultList().stream().map(FaqStore::faq).toList());
    }

    /** Every approved entry with an id above {@code afterId}, by id (the search feed). */
    List<Faq> approvedAfter(long afterId, int max) {
        return unit.read(em -> em.createQuery("SELECT f FROM QaFaq f WHERE f.status = 'APPROVED' AND f.id > :a ORDER BY f.id",
                FaqEntity.class).setParameter("a", afterId).setMaxResults(max).getResultList().stream()
                .map(FaqStore::faq).toList());
    }

    /** Entries written directly, not from a question (the demo's). */
    long countWithoutQuestion() {
        return unit.read(em -> em.createQuery("SELECT COUNT(f) FROM QaFaq f WHERE f.questionId IS NULL", Long.class)
                .getSingleResult());
    }

    /** Moves an entry through the review workflow (409 from the wrong status), recording the comment. */
    Faq move(long id, Function<ReviewStatus, ReviewStatus> action, String comment, Instant now) {
        Faq f = unit.write(em -> {
            FaqEntity e = em.find(FaqEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound(NOT_FOUND);
            }
            ReviewStatus next = action.apply(ReviewStatus.valueOf(e.getStatus()));
            e.setStatus(next.name());
            e.setReviewComment(comment);
            if (next == ReviewStatus.APPROVED) {
                e.setPublishedAt(utc(now));
            }
            return faq(e);
        });
        publish(ChangeEvent.updated(QaModule.ID, QaModule.FAQ, f.id(), f.scopeOrgId()));
        return f;
    }

    /** Distinct topics of published entries (at most 200). */
    List<String> topics() {
        return new ArrayList<>(unit.read(em -> em.createQuery("SELECT DISTINCT f.topic FROM QaFaq f WHERE f.status = 'APPROVED' "
                + "ORDER BY f.topic", String.class).setMaxResults(200).getResultList()));
    }

    private void publish(ChangeEvent e) {
        changes.publishAndWait(e, ChangeBus.WAIT);
    }

    static Faq faq(FaqEntity e) {
        return new Faq(e.getId(), e.getQuestionId(), e.getTopic(), e.getQuestion(), e.getAnswer(),
                e.getCitations() == null ? List.of() : Arrays.asList(e.getCitations().split(" ")), e.getSource(),
                e.getOwnerOrgId(), e.getScopeOrgId(), ReviewStatus.valueOf(e.getStatus()), e.getAuthorAccountId(),
                e.getReviewComment(), instant(e.getCreatedAt()), e.getPublishedAt() == null ? null : instant(e.getPublishedAt()));
    }
}
