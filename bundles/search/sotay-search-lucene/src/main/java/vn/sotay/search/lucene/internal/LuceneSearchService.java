package vn.sotay.search.lucene.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.schedule.Job;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.spi.change.ChangeListener;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.spi.search.SearchContributor;

/**
 * SearchService over {@link LuceneIndex}: hits limited to readable content of installed contributors.
 * Also the index's listener on the change channel: a change of a type whose contributor
 * {@linkplain SearchContributor#followsChanges() follows changes} is indexed or removed as the
 * contributor answers. Fills and the index's commit tick run on the platform scheduler.
 */
@Component(configurationPid = "vn.sotay.search", service = {SearchService.class, ChangeListener.class})
@Designate(ocd = LuceneSearchService.Config.class)
public class LuceneSearchService implements SearchService, ChangeListener {

    @ObjectClassDefinition(name = "Sổ Tay search", description = "Full-text index of every module's content")
    public @interface Config {
        @AttributeDefinition(description = "Index directory; empty: ${karaf.data}/sotay/search")
        String directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

    private final LuceneIndex index;
    private final AuthorizationService auth;
    private final Executor background;
    private final Job tick;
    private final Map<String, SearchContributor> contributors = new ConcurrentHashMap<>();
    /** The module id of each type's contributor: a change is taken only from the owner's module. */
    private final Map<String, String> modules = new ConcurrentHashMap<>();

    @Activate
    public LuceneSearchService(BundleContext context, Config config, @Reference AuthorizationService auth,
            @Reference OrgService org, @Reference Scheduler scheduler) throws IOException {
        this(open(directory(context, config), org), auth, r -> scheduler.once("search.fill", java.time.Duration.ZERO, r),
                scheduler);
    }

    /** @param scheduler runs the commit tick; {@code null} in tests (commits at close) */
    LuceneSearchService(LuceneIndex index, AuthorizationService auth, Executor background, Scheduler scheduler) {
        this.index = index;
        this.auth = auth;
        this.background = background;
        this.tick = scheduler == null ? null : scheduler.every("search.commit", LuceneIndex.TICK, index::tick);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeContributor")
    void addContributor(SearchContributor contributor, Map<String, Object> props) {
        String type = type(props);
        if (type == null) {
            LOG.warn("SearchContributor {} without {} ignored", contributor, SearchContributor.TYPE);
            return;
        }
        contributors.put(type, contributor);
        Object module = props.get(SotayModule.MODULE);
        if (module != null) {
            modules.put(type, module.toString());
        }
        // a new or wiped index fills itself; a reinstalled module finds its documents still there
        background.execute(() -> {
            try {
                if (contributors.get(type) == contributor && (index.count(type) == 0 || index.outdated(type))) {
                    LOG.info("Search index has no '{}' documents in the current format, filled {}", type,
                            rebuild(type, contributor));
                }
            } catch (RuntimeException e) {
                LOG.warn("Filling the search index with '{}' failed", type, e);
            }
        });
    }

    void removeContributor(SearchContributor contributor, Map<String, Object> props) {
        String type = type(props);
        if (type != null) {
            if (contributors.remove(type, contributor)) {
                modules.remove(type);
            }
        }
    }

    @Override
    public List<SearchHit> search(Caller caller, String query, Set<String> types, int limit) {
        Objects.requireNonNull(caller, "caller");
        if (query == null || query.isBlank()) {
            throw ProblemException.invalid("q", LuceneIndex.BLANK_QUERY);
        }
        Set<String> allowed = new HashSet<>(contributors.keySet());
        if (types != null && !types.isEmpty()) {
            allowed.retainAll(types);
        }
        return index.search(query, allowed, caller.system() ? null : auth.visibility(caller), limit);
    }

    @Override
    public void index(SearchDocument document) {
        index.index(document);
    }

    @Override
    public void delete(String type, String id) {
        index.delete(type, id);
    }

    /**
     * A committed change: when the type's contributor follows changes and belongs to the event's
     * module, its answer is indexed, or the document removed when it answers empty. Failures are
     * logged; {@code sotay:reindex} repairs.
     */
    @Override
    public void changed(ChangeEvent event) {
        SearchContributor c = contributors.get(event.type());
        if (c == null || !c.followsChanges() || !event.module().equals(modules.get(event.type()))) {
            return;
        }
        try {
            Optional<SearchDocument> d = event.kind() == ChangeEvent.Kind.DELETED ? Optional.empty() : c.document(event);
            if (d.isPresent() && d.get().type().equals(event.type()) && d.get().id().equals(event.id())) {
                index.index(d.get());
            } else {
                index.delete(event.type(), event.id());
            }
        } catch (RuntimeException e) {
            LOG.warn("Search index not updated for {} {} {} (sotay:reindex repairs it): {}", event.kind(), event.type(),
                    event.id(), e.toString());
        }
    }

    /** Named types without a contributor are emptied: what no contributor feeds is not in the index. */
    @Override
    public int reindex(Set<String> types) {
        Set<String> targets = new TreeSet<>(types == null ? contributors.keySet() : types);
        int total = 0;
        List<String> failed = new ArrayList<>();
        for (String type : targets) {
            try {
                int n = rebuild(type, contributors.get(type));
                LOG.info("Reindexed {} '{}' documents", n, type);
                total += n;
            } catch (RuntimeException e) {
                LOG.error("Reindexing '{}' failed", type, e);
                failed.add(type);
            }
        }
        LOG.info("Reindexed {} documents of {}", total, targets);
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Reindexing failed for " + failed + " (see the log); " + total + " indexed");
        }
        return total;
    }

    private int rebuild(String type, SearchContributor contributor) {
        return index.rebuild(type, sink -> {
            if (contributor != null) {
                contributor.feed(sink);
            }
        });
    }

    @Deactivate
    void close() throws IOException {
        if (tick != null) {
            tick.cancel();
        }
        index.close(); // makes a running fill fail fast; everything acknowledged is committed
    }

    private static String type(Map<String, Object> props) {
        Object t = props.get(SearchContributor.TYPE);
        return t == null ? null : t.toString();
    }

    private static Path directory(BundleContext context, Config config) {
        if (!config.directory().isBlank()) {
            return Path.of(config.directory());
        }
        String data = context.getProperty("karaf.data");
        return data != null ? Path.of(data, "sotay", "search") : context.getDataFile("search").toPath();
    }

    private static LuceneIndex open(Path dir, OrgService org) throws IOException {
        Files.createDirectories(dir);
        LOG.info("Search index in {}", dir);
        return new LuceneIndex(dir, id -> org.tree().pathIds(id));
    }
}
