package vn.sotay.meetings.internal.vote;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.meetings.internal.PreparationStore;
import vn.sotay.meetings.internal.minutes.MinutesSources;

/**
 * What the minutes take from the rest of the module: the members' opinions (the cycle's
 * {@link PreparationStore}, names in one lookup) and the closed votes' stored results
 * ({@link VoteStore}, never recomputed). Ranked above the empty fallback.
 */
@Component(service = MinutesSources.class, property = "service.ranking:Integer=10")
public class ModuleMinutesSources implements MinutesSources {
    private final PreparationStore preparation;
    private final VoteStore votes;
    private final MemberService members;

    @Activate
    public ModuleMinutesSources(@Reference PreparationStore preparation, @Reference VoteStore votes,
            @Reference MemberService members) {
        this.preparation = preparation;
        this.votes = votes;
        this.members = members;
    }

    @Override
    public List<Opinion> opinions(long meetingId) {
        List<PreparationStore.OpinionRow> rows = preparation.opinions(meetingId, null);
        Map<Long, Member> names = members.getAll(rows.stream().map(PreparationStore.OpinionRow::memberId).toList());
        return rows.stream().map(o -> new Opinion(o.agendaId(), names.containsKey(o.memberId())
                ? names.get(o.memberId()).fullName() : "Đảng viên", o.body())).toList();
    }

    @Override
    public List<VoteResult> voteResults(long meetingId) {
        return votes.ofMeeting(meetingId).stream().filter(v -> v.status() == Vote.Status.CLOSED && v.passed() != null)
                .map(v -> new VoteResult(v.agendaId(), v.question(), n(v.yes()), n(v.no()), n(v.abstain()), v.eligible(),
                        v.rule().format(), v.passed()))
                .toList();
    }

    private static long n(Integer v) {
        return v == null ? 0 : v;
    }
}
