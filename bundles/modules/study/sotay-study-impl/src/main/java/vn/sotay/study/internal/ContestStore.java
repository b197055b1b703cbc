package vn.sotay.study.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.study.internal.Rows.Contest;
import vn.sotay.study.internal.Rows.Kind;
import vn.sotay.study.internal.entity.ContestEntity;
import vn.sotay.study.internal.entity.ContestQuestionEntity;

/**
 * Quizzes and contests with the questions drawn for them (STUDY_CONTEST, STUDY_CONTEST_QUESTION).
 * The drawn question ids never change once a contest is stored, and every save and submission of an
 * attempt needs them: they are kept in memory for the {@link #MEMO} contests used last. The memo
 * lives with this store, so it goes with the module (uninstall, restart); {@link #forget} drops a
 * contest (a deletion must call it).
 */
final class ContestStore {
    /** Contests whose drawn question ids are kept (least recently used out first). */
    static final int MEMO = 256;
    private final PersistenceUnit unit;
    private final Map<Long, List<Long>> drawn = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Long>> eldest) {
            return size() > MEMO;
        }
    };

    ContestStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** Stores the contest and its drawn questions (in the order drawn) in one transaction. */
    Contest insert(ContestDraft d, List<Long> drawn, Caller by, Instant now) {
        return unit.write(em -> {
            ContestEntity e = new ContestEntity();
            e.orgId = d.orgId();
            e.holderRole = d.role() == null ? null : d.role().name();
            e.kind = d.kind().name();
            e.title = d.title();
            e.bankId = d.bankId();
            e.topic = d.topic();
            e.difficulty = d.difficulty();
            e.questionCount = drawn.size();
            e.minutes = d.minutes();
            e.attemptsAllowed = d.attemptsAllowed();
            e.passPercent = d.passPercent();
            e.opensAt = utc(d.opensAt());
            e.closesAt = utc(d.closesAt());
            e.createdBy = by.accountId();
            e.createdAt = utc(now);
            em.persist(e);
            em.flush();
            for (int i = 0; i < drawn.size(); i++) {
                ContestQuestionEntity q = new ContestQuestionEntity();
                q.contestId = e.id;
                q.pos = i;
                q.questionId = drawn.get(i);
                em.persist(q);
            }
            return contest(e);
        });
    }

    Optional<Contest> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(ContestEntity.class, id)).map(ContestStore::contest));
    }

    /** The question ids of a contest in the order drawn (remembered: the set is immutable); empty for no contest. */
    List<Long> questionIds(long contestId) {
        synchronized (drawn) {
            List<Long> known = drawn.get(contestId);
            if (known != null) {
                return known;
            }
        }
        List<Long> ids = List.copyOf(unit.read(em -> em.createQuery("SELECT q.questionId FROM StudyContestQuestion q "
                + "WHERE q.contestId = :c ORDER BY q.pos", Long.class).setParameter("c", contestId).getResultList()));
        if (!ids.isEmpty()) {
            synchronized (drawn) {
                drawn.put(contestId, ids);
            }
        }
        return ids;
    }

    /** Drops a contest's remembered question ids (when it is deleted). */
    void forget(long contestId) {
        synchronized (drawn) {
            drawn.remove(contestId);
        }
    }

    /** How many contests have their question ids remembered (tests). */
    int remembered() {
        synchronized (drawn) {
            return drawn.size();
        }
    }

    /** Contests addressed to one of {@code audiences} open at {@code now}, closing first first. */
    List<Contest> openFor(List<Long> audiences, Instant now, int max) {
        if (audiences.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> em.createQuery("SELECT c FROM StudyContest c WHERE c.orgId IN :a AND c.closesAt > :now "
                + "AND c.opensAt <= :now ORDER BY c.closesAt, c.id", ContestEntity.class).setParameter("a", audiences)
                .setParameter("now", utc(now)).setMaxResults(max).getResultList().stream().map(ContestStore::contest).toList());
    }

    /** The pass mark (percent) of each of these contests that exists. */
    Map<Long, Integer> passPercents(Collection<Long> ids) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        for (List<Long> chunk : vn.sotay.api.persistence.Sql.chunks(ids)) {
            unit.read(em -> em.createQuery("SELECT c.id, c.passPercent FROM StudyContest c WHERE c.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList())
                    .forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return out;
    }

    /** Contests of these organisations ({@code null}: all), latest closing first, a page. */
    List<Contest> of(Collection<Long> orgs, int offset, int max) {
        if (orgs != null && orgs.isEmpty()) {
            return List.of();
        }
        return unit.read(em -> {
            var q = em.createQuery("SELECT c FROM StudyContest c" + (orgs == null ? "" : " WHERE c.orgId IN :o")
                    + " ORDER BY c.closesAt DESC, c.id DESC", ContestEntity.class);
            if (orgs != null) {
                q.setParameter("o", orgs);
            }
            return q.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(ContestStore::contest).toList();
        });
    }

    /** The organisations that have contests. */
    List<Long> orgs() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT c.orgId FROM StudyContest c", Long.class).getResultList());
    }

    /** Contests closing in {@code [from, to)}: for metrics. */
    List<Contest> closingIn(Instant from, Instant to) {
        return unit.read(em -> em.createQuery("SELECT c FROM StudyContest c WHERE c.closesAt >= :f AND c.closesAt < :t",
                ContestEntity.class).setParameter("f", utc(from)).setParameter("t", utc(to)).getResultList()
                .stream().map(ContestStore::contest).toList());
    }

    static Contest contest(ContestEntity e) {
        return new Contest(e.id, e.orgId, e.holderRole == null ? null : Role.valueOf(e.holderRole), Kind.valueOf(e.kind),
                e.title, e.bankId, e.topic, e.difficulty, e.questionCount, e.minutes, e.attemptsAllowed, e.passPercent,
                instant(e.opensAt), instant(e.closesAt), e.createdBy, instant(e.createdAt));
    }

    /** A validated contest request. */
    record ContestDraft(long orgId, Role role, Kind kind, String title, long bankId, String topic, Integer difficulty,
            int questionCount, int minutes, int attemptsAllowed, int passPercent, Instant opensAt, Instant closesAt) {
    }
}
