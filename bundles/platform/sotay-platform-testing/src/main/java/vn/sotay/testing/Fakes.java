package vn.sotay.testing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.audit.AuditEntry;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AccessRules;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;

/** The core's services as their Javadoc specifies them, over {@link Trees#TREE}. */
public final class Fakes {
    private Fakes() {
    }

    public static SecurityContext as(Caller c) {
        return new SecurityContext() {
            @Override public Principal getUserPrincipal() { return c; }
            @Override public boolean isUserInRole(String role) { return false; }
            @Override public boolean isSecure() { return false; }
            @Override public String getAuthenticationScheme() { return "Bearer"; }
        };
    }

    public static Caller caller(long accountId, Long memberId, Long cellId, RoleGrant... grants) {
        List<RoleGrant> all = new ArrayList<>(Arrays.asList(grants));
        if (cellId != null) {
            all.add(new RoleGrant(Role.MEMBER, cellId));
        }
        return new Caller(accountId, memberId, "Người " + accountId, cellId, all);
    }

    public static final class Orgs implements OrgService {
        @Override public OrgTree tree() { return Trees.TREE; }
        @Override public Optional<OrgNode> get(long id) { return Optional.ofNullable(Trees.TREE.node(id)); }
        @Override public Optional<OrgNode> byCode(String code) { throw new UnsupportedOperationException(); }
        @Override public OrgNode save(Caller c, String code, String name, OrgType type, String parentCode) { throw new UnsupportedOperationException(); }
        @Override public List<OrgNode> subtree(long id, int offset, int limit) { throw new UnsupportedOperationException(); }
    }

    /** The core's rules ({@link AccessRules}, the same code the platform runs) over {@link Trees#TREE}. */
    public static final class Auth implements AuthorizationService {
        private final OrgTree tree = Trees.TREE;

        @Override
        public boolean holds(Caller c, long orgId, Role... anyOf) {
            return AccessRules.holds(tree, c, orgId, anyOf);
        }

        @Override
        public void require(Caller c, long orgId, Role... anyOf) {
            AccessRules.require(tree, c, orgId, anyOf);
        }

        @Override
        public boolean canRead(Caller c, long audienceOrgId) {
            return AccessRules.canRead(tree, c, audienceOrgId);
        }

        @Override
        public Visibility visibility(Caller c) {
            return AccessRules.visibility(tree, c);
        }

        @Override public RoleGrant grant(Caller c, long accountId, Role role, long orgId) { throw new UnsupportedOperationException(); }
        @Override public void revoke(Caller c, long accountId, Role role, long orgId) { throw new UnsupportedOperationException(); }
    }

    public static final class Members implements MemberService {
        private final Map<Long, Long> counted;

        public Members(Map<Long, Long> counted) {
            this.counted = counted;
        }

        @Override public Map<Long, Long> countedByCell() { return counted; }
        @Override public Optional<Member> get(long id) { throw new UnsupportedOperationException(); }
        @Override public Page<Member> list(Caller c, long orgId, String q, String cursor, int limit) { throw new UnsupportedOperationException(); }
        @Override public List<Long> countedIn(List<Long> cellIds) { throw new UnsupportedOperationException(); }
        @Override public List<Member> invitedIn(java.util.Collection<Long> cellIds) { throw new UnsupportedOperationException(); }
        @Override public Map<Long, Member> getAll(java.util.Collection<Long> ids) { throw new UnsupportedOperationException(); }
    }

    public static final class Audit implements AuditService {
        public final List<String> records = new ArrayList<>();

        @Override
        public void record(Caller actor, String action, String objectType, String objectId, String detail) {
            records.add(actor.accountId() + " " + action + " " + objectType + " " + objectId + " " + detail);
        }

        @Override public Page<AuditEntry> list(Caller c, String objectType, String objectId, String cursor, int limit) { throw new UnsupportedOperationException(); }
    }

    /** The review policy as shipped: authors never approve their own content. */
    public static final class Review implements vn.sotay.api.review.ReviewPolicy {
        @Override
        public void requireIndependentReviewer(Caller reviewer, java.util.Collection<Long> authors, String module,
                String objectType, String objectId) {
            if (authors.contains(reviewer.accountId())) {
                throw ProblemException.forbidden("Người soạn không được tự duyệt nội dung của mình.");
            }
        }
    }

    public static final class Search implements SearchService {
        public final List<SearchDocument> indexed = new ArrayList<>();
        public final List<String> deleted = new ArrayList<>();
        public boolean broken;

        @Override
        public void index(SearchDocument d) {
            if (broken) {
                throw new IllegalStateException("index is down");
            }
            indexed.add(d);
        }

        @Override public List<SearchHit> search(Caller c, String q, Set<String> types, int limit) { throw new UnsupportedOperationException(); }
        @Override
        public void delete(String type, String id) {
            if (broken) {
                throw new IllegalStateException("index is down");
            }
            deleted.add(type + "/" + id);
            indexed.removeIf(d -> d.type().equals(type) && d.id().equals(id));
        }

        public boolean holds(long id) {
            return indexed.stream().anyMatch(d -> d.id().equals(String.valueOf(id)));
        }
        @Override public int reindex(Set<String> types) { throw new UnsupportedOperationException(); }
    }

    /**
     * The change channel delivering at once on the publisher's thread to the listeners added, in
     * order (a listener that throws does not stop the others), and recording every event; a test that wants the search side adds a {@link SearchFollower}.
     */
    public static final class Changes implements vn.sotay.api.change.ChangeBus {
        public final List<vn.sotay.api.change.ChangeEvent> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<vn.sotay.spi.change.ChangeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        public Changes listen(vn.sotay.spi.change.ChangeListener l) {
            listeners.add(l);
            return this;
        }

        @Override
        public java.util.concurrent.CompletionStage<Void> publish(vn.sotay.api.change.ChangeEvent e) {
            published.add(e);
            for (vn.sotay.spi.change.ChangeListener l : listeners) {
                try {
                    l.changed(e);
                } catch (RuntimeException x) { // as the platform's channel: logged, the others still get it
                    System.err.println("listener failed on " + e + ": " + x);
                }
            }
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean publishAndWait(vn.sotay.api.change.ChangeEvent e, java.time.Duration max) {
            publish(e);
            return true;
        }
    }

    /** What the search bundle does with a change: asks the contributor and indexes or removes. */
    public static vn.sotay.spi.change.ChangeListener searchFollower(vn.sotay.spi.search.SearchContributor contributor,
            String type, SearchService search) {
        return e -> {
            if (contributor.followsChanges() && e.type().equals(type)) {
                contributor.document(e).ifPresentOrElse(search::index, () -> search.delete(type, e.id()));
            }
        };
    }

    /**
     * A scheduler whose jobs run only when a test calls {@link #runAll()}; {@link #jobs} lists what
     * is scheduled (cancelled jobs are removed).
     */
    public static final class Scheduler implements vn.sotay.api.schedule.Scheduler {
        public final Map<String, Runnable> jobs = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public vn.sotay.api.schedule.Job every(String name, java.time.Duration initialDelay, java.time.Duration period,
                Runnable task) {
            return add(name, task);
        }

        @Override
        public vn.sotay.api.schedule.Job cron(String name, String expression, Runnable task) {
            vn.sotay.api.schedule.Cron.parse(expression);
            return add(name, task);
        }

        @Override
        public vn.sotay.api.schedule.Job once(String name, java.time.Duration delay, Runnable task) {
            return add(name, task);
        }

        /** Runs every scheduled job once, in name order. */
        public void runAll() {
            new java.util.TreeMap<>(jobs).values().forEach(Runnable::run);
        }

        private vn.sotay.api.schedule.Job add(String name, Runnable task) {
            jobs.put(name, task);
            return new vn.sotay.api.schedule.Job() {
                @Override public String name() { return name; }
                @Override public void cancel() { jobs.remove(name, task); }
                @Override public boolean done() { return jobs.get(name) != task; }
            };
        }
    }
}
