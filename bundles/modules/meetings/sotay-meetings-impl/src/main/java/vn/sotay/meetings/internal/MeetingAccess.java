package vn.sotay.meetings.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.org.OrgService;

/**
 * Who may do what with a meeting; every part of the module (attendance, votes, minutes, ratings,
 * the overview) asks here, never decides on its own.
 * <ul>
 * <li><b>read</b>: a member on the meeting's roll, or staff (SECRETARY, COMMITTEE, ADMIN) over the
 * holding organisation or one taking part (the committees above follow their cells). Anybody else
 * gets 404, the same as for an id that does not exist (no existence oracle).</li>
 * <li><b>run</b> (announce, postpone, open, mark attendance, run votes, draft minutes): SECRETARY or
 * COMMITTEE over the holding organisation; 403 for a reader without it.</li>
 * <li><b>take part</b> (check in, give opinions, vote): a member on the roll.</li>
 * </ul>
 */
@Component(service = MeetingAccess.class)
public class MeetingAccess {
    static final String NOT_FOUND = "Không tìm thấy cuộc họp.";

    private final MeetingsStore store;
    private final AuthorizationService auth;
    private final OrgService orgs;

    @Activate
    public MeetingAccess(@Reference MeetingsStore store, @Reference AuthorizationService auth, @Reference OrgService orgs) {
        this.store = store;
        this.auth = auth;
        this.orgs = orgs;
    }

    /** Staff over the holding organisation or one taking part. */
    public boolean follows(Caller c, Meeting m) {
        return auth.holds(c, m.orgId(), Role.SECRETARY, Role.COMMITTEE)
                || m.orgIds().stream().anyMatch(o -> auth.holds(c, o, Role.SECRETARY, Role.COMMITTEE));
    }

    /** May run the meeting: SECRETARY or COMMITTEE over the holding organisation. */
    public boolean runs(Caller c, Meeting m) {
        return auth.holds(c, m.orgId(), Role.SECRETARY, Role.COMMITTEE);
    }

    /** On the roll (invited). */
    public boolean invited(Caller c, Meeting m) {
        return c.memberId() != null && store.onRoll(m.id(), c.memberId());
    }

    /** The meeting if the caller may read it, with the check-in code only for those who run it; else 404. */
    public Meeting read(Caller c, long id) {
        Meeting m = store.find(id).orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
        boolean runs = runs(c, m);
        if (!runs && !follows(c, m) && !invited(c, m)) {
            throw ProblemException.notFound(NOT_FOUND);
        }
        return shown(m, runs);
    }

    /** The meeting if the caller runs it; 404 if they may not read it, 403 if they only read it. */
    public Meeting run(Caller c, long id) {
        Meeting m = read(c, id);
        if (!runs(c, m)) {
            throw ProblemException.forbidden("Chỉ bí thư hoặc cấp ủy của tổ chức chủ trì mới điều hành cuộc họp này.");
        }
        return m;
    }

    /** The meeting if the caller is on its roll; 404 if they may not read it, 403 if they read it but are not invited. */
    public Meeting takePart(Caller c, long id) {
        Meeting m = store.find(id).orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
        boolean runs = runs(c, m);
        if (!invited(c, m)) { // one roll look-up (check-ins and ballots come here)
            if (runs || follows(c, m)) {
                throw ProblemException.forbidden("Bạn không có tên trong danh sách dự họp.");
            }
            throw ProblemException.notFound(NOT_FOUND);
        }
        return shown(m, runs);
    }

    /** The meeting as {@code c} sees it: the organisation's name, the check-in code only when they run it. */
    Meeting shown(Meeting m, boolean runs) {
        var node = orgs.tree().node(m.orgId());
        return new Meeting(m.id(), m.orgId(), node == null ? null : node.name(), m.orgIds(), m.kind(), m.status(),
                m.title(), m.topic(), m.startsAt(), m.endsAt(), m.place(), m.onlineRoom(), runs ? m.checkinCode() : null,
                m.chairMemberId(), m.clerkMemberId(), m.agenda(), m.announcedAt(), m.openedAt(), m.closedAt(), m.announcedOnTime(), runs);
    }
}
