package vn.sotay.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
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
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.auth.LoginResult;
import vn.sotay.api.imports.ImportReport;
import vn.sotay.api.imports.ImportService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;

/**
 * Loads the demo province "Bình Sơn" and its eight demo accounts, once, on an empty tree, when the
 * framework property {@value #PROPERTY} is {@code true}; then runs the modules' {@link DemoContributor}s
 * (now, and each one registered later) while the tree is the demo province. On the platform
 * scheduler, never failing activation.
 */
@Component(immediate = true, service = {})
public class DemoLoader {

    /** Framework (or system) property that enables the demo data. */
    static final String PROPERTY = "sotay.demo";
    /** Password of every demo account (docs/rest-api.md). */
    static final String PASSWORD = "Demo@2024";
    static final String ORGANISATIONS = "/demo/organisations.csv";
    static final String MEMBERS = "/demo/members.csv";
    static final String ROOT = "TU";
    /** The name of the demo root: a tree whose root {@value #ROOT} has another name is a province's own. */
    static final String ROOT_NAME = "Tỉnh ủy Bình Sơn";

    /** A demo account: the member's phone and the role granted at {@code orgCode} (none for plain members). */
    record DemoAccount(String phone, Role role, String orgCode) {
    }

    /** The table of docs/rest-api.md, "Demo data". */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("0900000001", Role.ADMIN, "TU"),
            new DemoAccount("0900000002", Role.COMMITTEE, "TP"),
            new DemoAccount("0900000003", Role.COMMITTEE, "SH"),
            new DemoAccount("0900000004", Role.SECRETARY, "TP-PBT-CB01"),
            new DemoAccount("0900000005", Role.EDITOR, "TU"),
            new DemoAccount("0900000006", Role.REVIEWER, "TU"),
            new DemoAccount("0900000007", null, null),
            new DemoAccount("0900000008", null, null));

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    /** One load at a time, even across a quick deactivate/activate of this component. */
    private static final Object LOCK = new Object();

    private final ImportService imports;
    private final OrgService orgs;
    private final MemberService members;
    private final AccountService accounts;
    private final AuthorizationService authorization;
    private final Scheduler scheduler;
    private final DemoContributors contributors = new DemoContributors();
    private final boolean enabled;
    private volatile boolean stopped;
    private Job job;

    @Activate
    public DemoLoader(@Reference ImportService imports, @Reference OrgService orgs, @Reference MemberService members,
            @Reference AccountService accounts, @Reference AuthorizationService authorization,
            @Reference Scheduler scheduler, BundleContext context) {
        this.imports = imports;
        this.orgs = orgs;
        this.members = members;
        this.accounts = accounts;
        this.authorization = authorization;
        this.scheduler = scheduler;
        enabled = "true".equalsIgnoreCase(String.valueOf(context.getProperty(PROPERTY)).trim());
        if (!enabled) {
            LOG.info("Demo data not loaded: property {} is not true", PROPERTY);
            return;
        }
        try {
            job = scheduler.once("demo.load", Duration.ZERO, this::run);
        } catch (RuntimeException e) {
            LOG.error("Demo data not loaded: could not schedule the loader", e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeContributor")
    void addContributor(DemoContributor c) {
        if (enabled && contributors.add(c) && !stopped) {
            scheduler.once("demo.contribute", Duration.ZERO, contributors::runWaiting);
        }
    }

    void removeContributor(DemoContributor c) {
        contributors.remove(c);
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        if (job != null) {
            job.cancel();
        }
    }

    private void run() {
        try {
            load();
            OrgTree tree = orgs.tree();
            if (!isDemoProvince(tree)) {
                LOG.info("Demo contributions not run: the organisation tree is not the demo province");
                return;
            }
            checkStopped();
            contributors.ready(() -> new Context(tree.byCode(ROOT).id()));
        } catch (ProblemException e) {
            LOG.error("Demo data (DỮ LIỆU MẪU) not loaded: {} {}", e.detail(), e.errors().stream().limit(20)
                    .map(x -> "[dòng " + x.line() + ", " + x.field() + ": " + x.message() + "]")
                    .collect(Collectors.joining(" ")));
        } catch (RuntimeException e) {
            if (stopped) {
                LOG.warn("Demo data (DỮ LIỆU MẪU) loading stopped with the bundle: {}", e.toString());
            } else {
                LOG.error("Demo data (DỮ LIỆU MẪU) not loaded", e);
            }
        }
    }

    /**
     * Imports the organisations, then the members, then sets up the demo accounts; does nothing when
     * the tree holds any node. Returns the number of demo accounts set up, or -1 when skipped.
     */
    int load() {
        synchronized (LOCK) {
            int existing = orgs.tree().size();
            if (existing != 0) {
                LOG.info("Demo data not loaded: the organisation tree already holds {} nodes", existing);
                return -1;
            }
            LOG.info("Loading demo data (DỮ LIỆU MẪU): the fictional province Bình Sơn");
            ImportReport o = importCsv(ORGANISATIONS, true);
            checkStopped();
            ImportReport m = importCsv(MEMBERS, false);
            long rootId = orgs.byCode(ROOT).orElseThrow(() -> new IllegalStateException("no " + ROOT + " after import")).id();
            int done = 0;
            for (DemoAccount a : ACCOUNTS) {
                checkStopped();
                try {
                    setUp(a, rootId);
                    done++;
                } catch (RuntimeException e) {
                    LOG.warn("Demo account {} not set up: {}", a.phone(), e.toString());
                }
            }
            String line = "Demo data (DỮ LIỆU MẪU) loaded: " + total(o) + " organisations, " + total(m) + " members, "
                    + done + " demo accounts";
            if (done == ACCOUNTS.size()) {
                LOG.info(line);
            } else {
                LOG.warn(line + " (of " + ACCOUNTS.size() + ")");
            }
            return done;
        }
    }

    private ImportReport importCsv(String resource, boolean organisations) {
        try (InputStream in = DemoLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the bundle");
            }
            return organisations ? imports.importOrganisations(Caller.SYSTEM, in) : imports.importMembers(Caller.SYSTEM, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the password (creating the account), then grants the role to the account. */
    private void setUp(DemoAccount a, long rootId) {
        long memberId = members.list(Caller.SYSTEM, rootId, a.phone(), null, 5).items().stream()
                .filter(x -> a.phone().equals(x.phone())).map(Member::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no member with phone " + a.phone()));
        accounts.resetPassword(Caller.SYSTEM, memberId, PASSWORD);
        if (a.role() == null) {
            return;
        }
        OrgNode org = orgs.byCode(a.orgCode()).orElseThrow(() -> new IllegalStateException("no organisation " + a.orgCode()));
        long accountId = accounts.accountOf(memberId).orElseGet(() -> accountIdByLogin(a.phone()));
        authorization.grant(Caller.SYSTEM, accountId, a.role(), org.id());
    }

    /** Fallback when the account is not visible yet: log in once and revoke the token at once. */
    private long accountIdByLogin(String phone) {
        LoginResult login = accounts.login(phone, PASSWORD, "127.0.0.1");
        accounts.logout(login.token());
        return login.caller().accountId();
    }

    /** True when the tree's root {@value #ROOT} is the demo root (loaded now or at an earlier start). */
    static boolean isDemoProvince(OrgTree tree) {
        OrgNode root = tree.byCode(ROOT);
        return root != null && root.parentId() == null && ROOT_NAME.equals(root.name());
    }

    /** What a contributor gets: the current tree, the demo accounts looked up by phone. */
    private final class Context implements DemoContext {
        private final long rootId;
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Context(long rootId) {
            this.rootId = rootId;
        }

        @Override
        public OrgTree tree() {
            return orgs.tree();
        }

        @Override
        public Optional<DemoAccount> account(String phone) {
            return members.list(Caller.SYSTEM, rootId, phone, null, 5).items().stream()
                    .filter(m -> phone.equals(m.phone())).findFirst()
                    .flatMap(m -> accounts.accountOf(m.id()).map(id -> new DemoAccount(id, m.id(), m.fullName())));
        }

        @Override
        public Instant now() {
            return now;
        }
    }

    /** For tests: the contributors' state. */
    DemoContributors contributors() {
        return contributors;
    }

    private void checkStopped() {
        if (stopped) {
            throw new IllegalStateException("the demo bundle was stopped");
        }
    }

    private static int total(ImportReport r) {
        return r.created() + r.updated() + r.unchanged();
    }
}
