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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
import vn.sotay.api.org.OrgService;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.spi.search.SearchContributor;

/** SearchService over {@link LuceneIndex}: hits limited to readable content of installed contributors. */
@Component(configurationPid = "vn.sotay.search", service = SearchService.class)
@Designate(ocd = LuceneSearchService.Config.class)
public class LuceneSearchService implements SearchService {

    @ObjectClassDefinition(name = "Sổ Tay search", description = "Full-text index of every module's content")
    public @interface Config {
        @AttributeDefinition(description = "Index directory; empty: ${karaf.data}/sotay/search")
        String directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

    private final LuceneIndex index;
    private final AuthorizationService auth;
    private final ExecutorService background;
    private final Map<String, SearchContributor> contributors = new ConcurrentHashMap<>();

    @Activate
    public LuceneSearchService(BundleContext context, Config config, @Reference AuthorizationService auth,
            @Reference OrgService org) throws IOException {
        this(open(directory(context, config), org), auth, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sotay-search-fill");
            t.setDaemon(true);
            return t;
        }));
    }

    LuceneSearchService(LuceneIndex index, AuthorizationService auth, ExecutorService background) {
        this.index = index;
        this.auth = auth;
        this.background = background;
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
            contributors.remove(type, contributor);
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
        background.shutdown();
        index.close(); // makes a running fill fail fast; everything acknowledged is committed
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
