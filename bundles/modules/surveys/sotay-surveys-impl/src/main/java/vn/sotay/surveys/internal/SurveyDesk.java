package vn.sotay.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.surveys.internal.Survey.SurveyStatus;

/**
 * The module's rules in one place: who manages and who may see a survey, and telling members
 * through the inbox: when a survey opens, and a reminder to those who have not answered (on demand,
 * and once, scheduled, a day before it closes). The job {@code surveys.tick} runs every minute.
 */
@Component(service = SurveyDesk.class)
public class SurveyDesk {
    private static final Logger LOG = LoggerFactory.getLogger(SurveyDesk.class);
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(Scheduler.ZONE);

    final SurveyStore store;
    final BallotBox box;
    final OrgService orgs;
    final AuthorizationService auth;
    final MemberService members;
    private final Job tick;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Inbox inbox;

    @Activate
    public SurveyDesk(@Reference SurveyStore store, @Reference BallotBox box, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference MemberService members, @Reference Scheduler scheduler) {
        this.store = store;
        this.box = box;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
        this.tick = scheduler.every("surveys.tick", Duration.ofSeconds(30), Duration.ofMinutes(1), this::tick);
    }

    @Deactivate
    void stop() {
        tick.cancel();
    }

    /** SECRETARY or COMMITTEE (or ADMIN) over the survey's organisation. */
    boolean manages(Caller c, long orgId) {
        return auth.holds(c, orgId, Role.SECRETARY, Role.COMMITTEE);
    }

    /** A member whose cell lies in the survey's subtree. */
    static boolean invited(Caller c, OrgTree tree, Survey s) {
        return c.memberId() != null && c.cellId() != null && tree.isWithin(c.cellId(), s.orgId());
    }

    /** The survey if the caller may see it (managers always; others once it opened and they read its organisation); else 404. */
    Survey visible(Caller c, long id, OrgTree tree, Instant now) {
        Survey s = store.find(id).orElseThrow(SurveyDesk::notFound);
        if (!sees(c, s, tree, now)) {
            throw notFound();
        }
        return s;
    }

    /** The rule of {@link #visible}, for a survey already loaded (content references). */
    boolean sees(Caller c, Survey s, OrgTree tree, Instant now) {
        if (manages(c, s.orgId())) {
            return true;
        }
        SurveyStatus st = s.status(now);
        return (st == SurveyStatus.OPEN || st == SurveyStatus.CLOSED) && (invited(c, tree, s) || auth.canRead(c, s.orgId()));
    }

    /** The survey if the caller manages it; 403 when they only see it, 404 otherwise. */
    Survey managed(Caller c, long id, OrgTree tree, Instant now) {
        Survey s = visible(c, id, tree, now);
        if (!manages(c, s.orgId())) {
            throw ProblemException.forbidden("Chỉ cấp ủy, bí thư của tổ chức được hỏi mới làm được việc này.");
        }
        return s;
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy cuộc thăm dò.");
    }

    /** Tells the subtree that the survey is open, once ({@code OPEN_TOLD}). */
    void tellOpened(Caller sender, Survey s) {
        if (!store.mark(s.id(), "openTold")) {
            return;
        }
        Inbox i = inbox;
        if (i == null) {
            return;
        }
        try {
            i.tellSubtree(sender, SurveysModule.ID, s.orgId(), new InboxMessage(cut("Thăm dò ý kiến: " + s.title()),
                    "Mời đồng chí trả lời trước " + SHOWN.format(s.closesAt()) + (s.anonymous() ? " (ẩn danh)." : "."),
                    SurveysModule.ref(s.id()), "Trả lời", "/cms/#/surveys/" + s.id()));
        } catch (RuntimeException e) {
            LOG.warn("Telling the members about survey {} failed", s.id(), e);
        }
    }

    /** Reminds the invited members who have not answered; answers how many were told. */
    long remind(Caller sender, Survey s) {
        OrgTree tree = orgs.tree();
        Set<Long> answered = new HashSet<>(box.roll(s.id()));
        List<Long> due = members.invitedIn(Tally.subtree(tree, s.orgId())).stream()
                .filter(m -> Eligibility.invited(m.status()) && !answered.contains(m.id())).map(Member::id).toList();
        Inbox i = inbox;
        if (due.isEmpty() || i == null) {
            return 0;
        }
        i.tellMembers(sender, SurveysModule.ID, due, new InboxMessage(cut("Nhắc trả lời thăm dò ý kiến: " + s.title()),
                "Cuộc thăm dò kết thúc lúc " + SHOWN.format(s.closesAt()) + "; đồng chí chưa trả lời.", SurveysModule.ref(s.id()), "Trả lời",
                "/cms/#/surveys/" + s.id()));
        return due.size();
    }

    /** Opens what is due and sends the reminder of what closes within a day, each once. */
    void tick() {
        Instant now = Instant.now();
        for (long id : store.dueToTell(now)) {
            store.find(id).ifPresent(s -> tellOpened(Caller.SYSTEM, s));
        }
        for (long id : store.dueToRemind(now)) {
            if (store.mark(id, "reminded")) {
                store.find(id).ifPresent(s -> {
                    try {
                        LOG.info("Reminded {} members about survey {}", remind(Caller.SYSTEM, s), id);
                    } catch (RuntimeException e) {
                        LOG.warn("Reminding the members about survey {} failed", id, e);
                    }
                });
            }
        }
    }

    private static String cut(String s) {
        return s.length() > InboxMessage.MAX_TITLE ? s.substring(0, InboxMessage.MAX_TITLE - 1) + "…" : s;
    }
}
