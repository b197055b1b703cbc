package vn.sotay.qa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.qa.internal.Rows.Question;

/**
 * The module's rules, shared by its resources (docs/security.md, "Questions and answers").
 * <ul>
 * <li>A question is read by its asker and by the answering committees: SECRETARY or COMMITTEE (or
 * ADMIN) over its first addressee, which covers every committee of its route upward (the route only
 * climbs). Private or publishable changes nothing here; a private question is never published.</li>
 * <li>It is acted on (assigned, forwarded, answered) only by SECRETARY or COMMITTEE over its
 * <em>current</em> addressee; a committee it was forwarded away from keeps reading it (403 on acts).</li>
 * <li>Anyone else gets 404, as for an id that does not exist.</li>
 * </ul>
 */
@Component(service = QaDesk.class)
public class QaDesk {
    private static final Logger LOG = LoggerFactory.getLogger(QaDesk.class);
    static final Role[] STAFF = {Role.SECRETARY, Role.COMMITTEE};
    static final String NOT_FOUND = "Không tìm thấy câu hỏi.";
    final QaStore store;
    final OrgService orgs;
    final AuthorizationService auth;
    final AuditService audit;
    final MemberService members;
    final ContentService content;
    final ServiceLevel level;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Inbox inbox;

    @Activate
    public QaDesk(@Reference QaStore store, @Reference OrgService orgs, @Reference AuthorizationService auth,
            @Reference AuditService audit, @Reference MemberService members, @Reference ContentService content,
            @Reference ServiceLevel level) {
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
        this.members = members;
        this.content = content;
        this.level = level;
    }

    boolean asker(Caller c, Question q) {
        return c.memberId() != null && c.memberId() == q.askerMemberId();
    }

    boolean staff(Caller c, long orgId) {
        return auth.holds(c, orgId, STAFF);
    }

    boolean canRead(Caller c, Question q) {
        return canRead(auth, c, q);
    }

    /** The read rule, for components that must not reference this one (the content resolver: no cycle through ContentService). */
    static boolean canRead(AuthorizationService auth, Caller c, Question q) {
        return c.memberId() != null && c.memberId() == q.askerMemberId() || auth.holds(c, q.firstOrgId(), STAFF);
    }

    /** The question the caller may read, or 404. */
    Question readable(Caller c, long id) {
        return store.find(id).filter(q -> canRead(c, q)).orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
    }

    /** The question the caller may act on (404 when unreadable, 403 when read-only to them). */
    Question actable(Caller c, long id) {
        Question q = readable(c, id);
        if (!staff(c, q.orgId())) {
            throw ProblemException.forbidden("Chỉ cấp ủy đang được hỏi mới xử lý được câu hỏi này.");
        }
        return q;
    }

    /** The organisation, or 404; the caller must manage it (403). */
    OrgNode managedOrg(Caller c, OrgTree tree, Long orgId) {
        if (orgId == null) {
            throw ProblemException.invalid("orgId", "Chọn tổ chức.");
        }
        OrgNode n = tree.node(orgId);
        if (n == null) {
            throw ProblemException.notFound("Không tìm thấy tổ chức.");
        }
        auth.require(c, orgId, STAFF);
        return n;
    }

    /** The topmost organisations the caller answers for (SECRETARY or COMMITTEE there, not above). */
    List<OrgNode> desks(Caller c, OrgTree tree) {
        Set<Long> scopes = auth.visibility(c).staffScopes();
        List<OrgNode> out = new ArrayList<>();
        for (Long s : scopes) {
            OrgNode n = tree.node(s);
            if (n != null && staff(c, s) && (n.parentId() == null || !staff(c, n.parentId()))) {
                out.add(n);
            }
        }
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out.size() > 20 ? out.subList(0, 20) : out;
    }

    /** Tells the asker, after the commit; never fails the request. */
    void tellAsker(Caller c, Question q, String title, String text) {
        Inbox i = inbox;
        if (i == null) {
            return;
        }
        try {
            String t = text == null || text.length() <= 300 ? text : text.substring(0, 299) + "…";
            i.tellMembers(c, QaModule.ID, List.of(q.askerMemberId()), new InboxMessage(title, t,
                    new ContentRef(QaModule.QUESTION_REF, String.valueOf(q.id())), "Xem câu hỏi",
                    "/cms/#/qa/questions/" + q.id()));
        } catch (RuntimeException e) {
            LOG.warn("Telling the asker of question {} failed", q.id(), e);
        }
    }
}
