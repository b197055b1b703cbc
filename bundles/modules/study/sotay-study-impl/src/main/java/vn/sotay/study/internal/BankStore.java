package vn.sotay.study.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.Sql;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Rows.Question;
import vn.sotay.study.internal.Rows.QuestionDraft;
import vn.sotay.study.internal.entity.BankEntity;
import vn.sotay.study.internal.entity.QuestionEntity;

/** Banks and their questions (STUDY_BANK, STUDY_QUESTION); part of {@link StudyStore}. */
final class BankStore {
    private final PersistenceUnit unit;

    BankStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    Bank insert(long orgId, String name, Instant now) {
        return unit.write(em -> {
            BankEntity e = new BankEntity();
            e.orgId = orgId;
            e.name = name;
            e.createdAt = utc(now);
            em.persist(e);
            em.flush();
            return bank(e);
        });
    }

    Optional<Bank> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(BankEntity.class, id)).map(BankStore::bank));
    }

    /** Banks owned by these organisations ({@code null}: every bank), newest first, a page. */
    List<Bank> ownedBy(Collection<Long> orgs, int offset, int max) {
        if (orgs != null && orgs.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> {
            var q = em.createQuery("SELECT b FROM StudyBank b" + (orgs == null ? "" : " WHERE b.orgId IN :orgs")
                    + " ORDER BY b.id DESC", BankEntity.class);
            if (orgs != null) {
                q.setParameter("orgs", orgs);
            }
            return q.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(BankStore::bank).toList();
        });
    }

    /** The organisations owning a bank (few: one per committee that keeps one). */
    List<Long> owners() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT b.orgId FROM StudyBank b", Long.class).getResultList());
    }

    /** Adds every draft in one transaction: all or nothing. */
    int addAll(long bankId, List<QuestionDraft> drafts) {
        return unit.write(em -> {
            for (QuestionDraft d : drafts) {
                QuestionEntity e = new QuestionEntity();
                e.bankId = bankId;
                e.topic = d.topic();
                e.difficulty = d.difficulty();
                e.multiple = d.multiple();
                e.text = d.text();
                e.options = String.join("\n", d.options());
                e.correct = d.correct().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
                e.explanation = d.explanation();
                e.sourceDocument = d.sourceDocument();
                e.sourceArticle = d.sourceArticle();
                e.sourceRef = d.sourceRef();
                em.persist(e);
            }
            return drafts.size();
        });
    }

    /** A page of a bank's questions by id. */
    List<Question> questions(long bankId, int offset, int max) {
        return unit.read(em -> em.createQuery("SELECT q FROM StudyQuestion q WHERE q.bankId = :b ORDER BY q.id",
                QuestionEntity.class).setParameter("b", bankId).setFirstResult(offset).setMaxResults(max)
                .getResultList().stream().map(BankStore::question).toList());
    }

    long count(long bankId) {
        return unit.read(em -> em.createQuery("SELECT COUNT(q) FROM StudyQuestion q WHERE q.bankId = :b", Long.class)
                .setParameter("b", bankId).getSingleResult());
    }

    /** Ids of the bank's questions of this topic and difficulty (either {@code null}: any), by id. */
    List<Long> candidates(long bankId, String topic, Integer difficulty) {
        return unit.read(em -> {
            var q = em.createQuery("SELECT q.id FROM StudyQuestion q WHERE q.bankId = :b"
                    + (topic == null ? "" : " AND q.topic = :t") + (difficulty == null ? "" : " AND q.difficulty = :d")
                    + " ORDER BY q.id", Long.class).setParameter("b", bankId);
            if (topic != null) {
                q.setParameter("t", topic);
            }
            if (difficulty != null) {
                q.setParameter("d", difficulty);
            }
            return q.setMaxResults(10_000).getResultList();
        });
    }

    /** The questions with these ids, by id: one query per 500. */
    Map<Long, Question> byIds(Collection<Long> ids) {
        Map<Long, Question> out = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(List.copyOf(ids))) {
            unit.read(em -> em.createQuery("SELECT q FROM StudyQuestion q WHERE q.id IN :ids", QuestionEntity.class)
                    .setParameter("ids", chunk).getResultList()).forEach(e -> out.put(e.id, question(e)));
        }
        return out;
    }

    private static Bank bank(BankEntity e) {
        return new Bank(e.id, e.orgId, e.name, instant(e.createdAt));
    }

    static Question question(QuestionEntity e) {
        Set<Integer> correct = new TreeSet<>();
        Arrays.stream(e.correct.split(",")).filter(s -> !s.isBlank()).forEach(s -> correct.add(Integer.parseInt(s)));
        return new Question(e.id, e.bankId, e.topic, e.difficulty, e.multiple, e.text, List.of(e.options.split("\n")),
                Set.copyOf(correct), e.explanation, e.sourceDocument, e.sourceArticle, e.sourceRef);
    }
}
