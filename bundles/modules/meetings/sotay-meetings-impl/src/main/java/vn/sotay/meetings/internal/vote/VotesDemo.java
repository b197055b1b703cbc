package vn.sotay.meetings.internal.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.member.Eligibility.Matter;
import vn.sotay.api.vote.SecretBallots;
import vn.sotay.api.vote.VoteRule;
import vn.sotay.api.vote.VoteRules;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * Demo votes (DỮ LIỆU MẪU), after the meetings' demo (order 300): for each of last month's closed
 * meetings, a secret vote admitting a member and an open vote on the month's resolution, cast by
 * the members checked in present who are entitled to vote, each stored only when it passes with
 * them (a vote that would not is left out, as a cell would not have put it). Nothing when the module
 * already holds votes or when there is no closed meeting.
 */
@Component(property = SotayModule.MODULE + "=" + MeetingsModule.ID)
public class VotesDemo implements DemoContributor {
    private static final Logger LOG = LoggerFactory.getLogger(VotesDemo.class);

    private final VoteStore store;
    private final VoteRules rules;

    @Activate
    public VotesDemo(@Reference VoteStore store, @Reference VoteRules rules) {
        this.store = store;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "meetings-votes";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute(DemoContext demo) {
        if (store.count() > 0) {
            LOG.info("Demo votes not loaded: votes exist already");
            return;
        }
        int lastMonth = MeetingsStore.monthKey(demo.now().atZone(MeetingsStore.ZONE).minusMonths(1).toInstant());
        List<long[]> meetings = store.closedMeetings(lastMonth);
        int made = 0;
        long by = demo.account("0900000004").map(DemoContext.DemoAccount::accountId).orElse(0L);
        for (long[] m : meetings) {
            if (m.length < 3) {
                continue;
            }
            Instant start = Instant.ofEpochMilli(m[1]);
            made += vote(m[0], m[2], "Kết nạp quần chúng ưu tú vào Đảng (dữ liệu mẫu)", Matter.ADMISSION, true, start.plus(Duration.ofMinutes(40)), by);
            made += vote(m[0], m.length > 3 ? m[3] : m[2], "Thông qua nghị quyết của chi bộ tháng này (dữ liệu mẫu)", Matter.ORDINARY,
                    false, start.plus(Duration.ofMinutes(80)), by);
        }
        LOG.info("Demo votes (DỮ LIỆU MẪU) loaded: {} votes in {} closed meetings of {}", made, meetings.size(), lastMonth);
    }

    private int vote(long meeting, long item, String question, Matter matter, boolean secret, Instant at, long by) {
        VoteRule rule = rules.rule(matter);
        List<Long> voters = store.presentVoters(meeting, matter);
        if (voters.isEmpty() || !rule.passes(voters.size(), store.eligible(meeting, matter), voters.size())) {
            return 0;
        }
        VoteStore.Row v = store.create(meeting, item, question, matter, secret, List.of(), 0, rule, by, at);
        for (Long member : voters) {
            store.cast(v.id(), member, "YES", null, secret ? SecretBallots.receipt() : null, at.plus(Duration.ofMinutes(2)));
        }
        store.close(meeting, v.id(), at.plus(Duration.ofMinutes(5)));
        return 1;
    }
}
