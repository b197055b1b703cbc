package vn.sotay.study.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;
import vn.sotay.study.internal.Rows.Attempt;
import vn.sotay.study.internal.StudyResults.Result;

/**
 * Participation and results of quizzes and contests per organisation and period ({@link StudyResults}):
 * a result counts in the period its best attempt ended (submitted, or its deadline). Attempts whose
 * deadline passed unsubmitted are scored first, as the rankings do.
 */
final class ResultsMetrics {
    /** Contests whose expired attempts one computation scores at most. */
    static final int SCORE_AT_MOST = 200;

    private ResultsMetrics() {
    }

    static List<Result> results(StudyDesk desk, Instant from, Instant to) {
        Instant now = Instant.now();
        desk.store.attempts.unscoredIn(from, to, now).stream().limit(SCORE_AT_MOST)
                .forEach(id -> desk.store.contests.find(id).ifPresent(k -> desk.scoreExpired(k, now)));
        List<Attempt> ended = desk.store.attempts.endedIn(from, to);
        return StudyResults.best(ended, desk.store.contests.passPercents(ended.stream().map(Attempt::contestId)
                .distinct().toList()));
    }

    /** {@code study.participants}: members who took a quiz or contest (once per contest), by their cell. */
    @Component(property = {MetricProvider.ID + "=study.participants", MetricProvider.TAGS + "=study",
            MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + StudyModule.ID})
    public static class Participants implements MetricProvider {
        private final StudyDesk desk;
        private final OrgService orgs;

        @Activate
        public Participants(@Reference StudyDesk desk, @Reference OrgService orgs) {
            this.desk = desk;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Học tập: lượt đảng viên dự thi (mỗi cuộc thi một lần)";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return Value.rollUp(orgs.tree(), orgId, StudyResults.participants(results(desk, from, to)));
        }
    }

    /** {@code study.passed}: those whose best attempt reached the contest's pass mark. */
    @Component(property = {MetricProvider.ID + "=study.passed", MetricProvider.TAGS + "=study",
            MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + StudyModule.ID})
    public static class Passed implements MetricProvider {
        private final StudyDesk desk;
        private final OrgService orgs;

        @Activate
        public Passed(@Reference StudyDesk desk, @Reference OrgService orgs) {
            this.desk = desk;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Học tập: lượt đạt yêu cầu cuộc thi";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return Value.rollUp(orgs.tree(), orgId, StudyResults.passed(results(desk, from, to)));
        }
    }

    /** {@code study.score}: the average best percent of right answers (0 to 100), an average, not a sum. */
    @Component(property = {MetricProvider.ID + "=study.score", MetricProvider.TAGS + "=study",
            MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + StudyModule.ID})
    public static class Score implements MetricProvider {
        private final StudyDesk desk;
        private final OrgService orgs;

        @Activate
        public Score(@Reference StudyDesk desk, @Reference OrgService orgs) {
            this.desk = desk;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Học tập: điểm trung bình (% câu đúng)";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return StudyResults.averagePercent(orgs.tree(), orgId, results(desk, from, to));
        }
    }
}
