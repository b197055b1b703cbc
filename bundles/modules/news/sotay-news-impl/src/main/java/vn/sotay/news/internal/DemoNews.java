package vn.sotay.news.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;

/**
 * The module's own demo articles (DỮ LIỆU MẪU): when the framework property {@value #PROPERTY} is
 * {@code true} and NEWS_ARTICLE is empty, a background thread waits (every {@link #POLL}, at most
 * {@link #WAIT}) until the demo province (codes {@link #CODES}) is in the organisation tree, then
 * stores the articles of {@code demo/articles.tsv} with {@link DemoArticles#load}, written by the
 * demo editor and reviewed by the demo admin. Neither the core nor the demo bundle knows this
 * module. Never fails activation; idempotent (never runs when any article exists).
 */
@Component(immediate = true, service = {})
public class DemoNews {
    static final String PROPERTY = "sotay.demo";
    static final List<String> CODES = List.of("TU", "TP", "SH");
    static final String EDITOR_PHONE = "0900000005";
    static final String REVIEWER_PHONE = "0900000001";
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration WAIT = Duration.ofMinutes(5);
    /** How long to wait for the demo accounts once the tree is there (the core sets them up after the members). */
    static final Duration ACCOUNTS_WAIT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(DemoNews.class);
    /** One load at a time, even across a quick reinstall of the bundle's components. */
    private static final Object LOCK = new Object();

    private final NewsStore store;
    private final NewsIndexer indexer;
    private final OrgService orgs;
    private final MemberService members;
    private final AccountService accounts;
    private volatile boolean stopped;
    private Thread worker;

    @Activate
    public DemoNews(@Reference NewsStore store, @Reference NewsIndexer indexer, @Reference OrgService orgs,
            @Reference MemberService members, @Reference AccountService accounts, BundleContext context) {
        this.store = store;
        this.indexer = indexer;
        this.orgs = orgs;
        this.members = members;
        this.accounts = accounts;
        try {
            if (!"true".equalsIgnoreCase(String.valueOf(context.getProperty(PROPERTY)).trim())) {
                return;
            }
            long existing = store.count();
            if (existing > 0) {
                LOG.info("Demo news not loaded: {} articles exist already", existing);
                return;
            }
            worker = new Thread(this::run, "sotay-news-demo");
            worker.setDaemon(true);
            worker.start();
        } catch (RuntimeException e) {
            LOG.error("Demo news (DỮ LIỆU MẪU) not loaded: could not start the loader", e);
        }
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            OrgTree tree = orgs.tree();
            while (!ready(tree)) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Demo news (DỮ LIỆU MẪU) not loaded: organisations {} did not appear within {} min",
                            CODES, WAIT.toMinutes());
                    return;
                }
                Thread.sleep(POLL.toMillis());
                tree = orgs.tree();
            }
            long root = tree.byCode(CODES.get(0)).id();
            long accountsDeadline = Math.min(deadline, System.nanoTime() + ACCOUNTS_WAIT.toNanos());
            Optional<DemoArticles.Author> editor = author(EDITOR_PHONE, root);
            Optional<DemoArticles.Author> reviewer = author(REVIEWER_PHONE, root);
            while ((editor.isEmpty() || reviewer.isEmpty()) && System.nanoTime() < accountsDeadline) {
                Thread.sleep(POLL.toMillis());
                editor = editor.or(() -> author(EDITOR_PHONE, root));
                reviewer = reviewer.or(() -> author(REVIEWER_PHONE, root));
            }
            if (editor.isEmpty() || reviewer.isEmpty()) {
                LOG.info("Demo news: demo account {} not found, written as «{}»",
                        editor.isEmpty() ? EDITOR_PHONE : REVIEWER_PHONE, DemoArticles.SYSTEM.name());
            }
            synchronized (LOCK) {
                if (stopped) {
                    return;
                }
                long existing = store.count();
                if (existing > 0) {
                    LOG.info("Demo news not loaded: {} articles exist already", existing);
                    return;
                }
                int n = DemoArticles.load(DemoArticles.bundled(), store, indexer, orgs.tree(),
                        editor.orElse(DemoArticles.SYSTEM), reviewer.orElse(DemoArticles.SYSTEM),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS));
                LOG.info("Demo news (DỮ LIỆU MẪU) loaded: {} articles", n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Demo news (DỮ LIỆU MẪU) loading stopped with the bundle");
        } catch (RuntimeException e) {
            if (stopped) {
                LOG.warn("Demo news (DỮ LIỆU MẪU) loading stopped with the bundle: {}", e.toString());
            } else {
                LOG.error("Demo news (DỮ LIỆU MẪU) not loaded", e);
            }
        }
    }

    /** True when every code of the demo province is in the tree. */
    static boolean ready(OrgTree tree) {
        return tree != null && CODES.stream().allMatch(c -> tree.byCode(c) != null);
    }

    /** The demo member with this phone and their account, once both exist. */
    private Optional<DemoArticles.Author> author(String phone, long root) {
        try {
            return members.list(Caller.SYSTEM, root, phone, null, 5).items().stream()
                    .filter(m -> phone.equals(m.phone())).findFirst()
                    .flatMap(m -> accounts.accountOf(m.id()).map(id -> new DemoArticles.Author(id, m.fullName())));
        } catch (RuntimeException e) {
            LOG.debug("Demo news: member {} not readable yet: {}", phone, e.toString());
            return Optional.empty();
        }
    }
}
