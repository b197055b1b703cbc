package vn.sotay.surveys.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.stats.MetricProvider;

/** The module's metrics for statistics. */
final class Metrics {
    private Metrics() {
    }

    /** {@code surveys.sent}: surveys published with their opening in the period, by the organisation asked. */
    @Component(property = {MetricProvider.ID + "=surveys.sent", MetricProvider.TAGS + "=surveys",
            MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + SurveysModule.ID})
    public static class Sent implements MetricProvider {
        private final SurveyStore store;
        private final OrgService orgs;

        @Activate
        public Sent(@Reference SurveyStore store, @Reference OrgService orgs) {
            this.store = store;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Cuộc thăm dò ý kiến đã phát hành";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            return Value.rollUp(orgs.tree(), orgId, store.sentByOrg(from, to));
        }
    }

    /**
     * {@code surveys.responses}: responses to the surveys that opened in the period, by the
     * respondent's cell today (the roll keeps no time and no cell: {@code vn.sotay.api.vote.SecretBallots}).
     */
    @Component(property = {MetricProvider.ID + "=surveys.responses", MetricProvider.TAGS + "=surveys",
            MetricProvider.TAGS + "=monthly", SotayModule.MODULE + "=" + SurveysModule.ID})
    public static class Responses implements MetricProvider {
        private final SurveyStore store;
        private final BallotBox box;
        private final MemberService members;
        private final OrgService orgs;

        @Activate
        public Responses(@Reference SurveyStore store, @Reference BallotBox box, @Reference MemberService members,
                @Reference OrgService orgs) {
            this.store = store;
            this.box = box;
            this.members = members;
            this.orgs = orgs;
        }

        @Override
        public String name() {
            return "Lượt trả lời thăm dò ý kiến";
        }

        @Override
        public Value compute(long orgId, Instant from, Instant to) {
            var roll = box.rolls(store.openedIn(from, to));
            Map<Long, Member> byId = members.getAll(new java.util.HashSet<>(roll));
            Map<Long, Long> byCell = new HashMap<>();
            for (long m : roll) {
                Member member = byId.get(m);
                if (member != null) {
                    byCell.merge(member.cellId(), 1L, Long::sum);
                }
            }
            return Value.rollUp(orgs.tree(), orgId, byCell);
        }
    }
}
