package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.BODY_F;
import static vn.sotay.search.lucene.internal.Fields.DATE;
import static vn.sotay.search.lucene.internal.Fields.FMT;
import static vn.sotay.search.lucene.internal.Fields.FORMAT;
import static vn.sotay.search.lucene.internal.Fields.FROM;
import static vn.sotay.search.lucene.internal.Fields.GEN;
import static vn.sotay.search.lucene.internal.Fields.KEY;
import static vn.sotay.search.lucene.internal.Fields.TITLE;
import static vn.sotay.search.lucene.internal.Fields.TITLE_F;
import static vn.sotay.search.lucene.internal.Fields.TYPE;
import static vn.sotay.search.lucene.internal.Fields.UNTIL;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.ProblemException;
import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.search.SearchDocument;
import vn.sotay.api.search.SearchHit;

/** The on-disk index: one IndexWriter, near-real-time searches, committed by {@link #tick()} every second; no OSGi. */
final class LuceneIndex implements Closeable {
    static final String BLANK_QUERY = "Vui lòng nhập từ khóa tìm kiếm";
    private static final int MAX_TERMS = 32, MAX_LIMIT = 1000, MAX_PLANS = 1024;
    /** How often {@link #tick()} should run. */
    static final java.time.Duration TICK = java.time.Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

    private final Function<Long, List<Long>> ancestors;
    private final java.time.Clock clock;
    private final Analyzer exact = new VietnameseAnalyzer(false);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    final ResultCache results = new ResultCache();
    private final Hits hits = new Hits();
    private final Map<String, Plan> plans = new java.util.concurrent.ConcurrentHashMap<>();
    /** Writes made (each counted once it has returned) and how many of them the current searcher sees. */
    private final AtomicLong written = new AtomicLong();
    private final Object refreshLock = new Object();
    private volatile long refreshed;
    private final Object rebuildLock = new Object();
    private volatile String generation = UUID.randomUUID().toString();
    private volatile boolean closing;

    /** @param ancestors org node id → ids from the root down to it inclusive (empty when unknown) */
    LuceneIndex(Path dir, Function<Long, List<Long>> ancestors) throws IOException {
        this(dir, ancestors, java.time.Clock.systemUTC());
    }

    /** @param clock the time {@link SearchDocument#visibleFrom()}/{@code visibleUntil()} are compared with */
    LuceneIndex(Path dir, Function<Long, List<Long>> ancestors, java.time.Clock clock) throws IOException {
        this.ancestors = ancestors;
        this.clock = clock;
        Thread t = Thread.currentThread();
        ClassLoader tccl = t.getContextClassLoader();
        // Lucene's SPI (codecs) loads through its own class loader, i.e. this bundle's class path;
        // the context loader is set too for anything asking it.
        t.setContextClassLoader(LuceneIndex.class.getClassLoader());
        try {
            Analyzer folded = new VietnameseAnalyzer(true);
            directory = FSDirectory.open(dir);
            IndexWriter w = null;
            try {
                w = new IndexWriter(directory, new IndexWriterConfig(
                        new PerFieldAnalyzerWrapper(exact, Map.of(TITLE_F, folded, BODY_F, folded))));
                searchers = new SearcherManager(w, null);
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(w, directory); // e.g. locked by another process
                throw e;
            }
            writer = w;
        } finally {
            t.setContextClassLoader(tccl);
        }
    }

    /** Adds or replaces the document with the same type and id. */
    void index(SearchDocument d) {
        if (closing) {
            throw new IllegalStateException("search index closed");
        }
        Document doc = IndexDocs.of(d, ancestors, generation);
        try {
            writer.updateDocument(new Term(KEY, key(d.type(), d.id())), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.incrementAndGet();
    }

    /** Removes a document; unknown ids are ignored. */
    void delete(String type, String id) {
        try {
            writer.deleteDocuments(new Term(KEY, key(type, id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.incrementAndGet();
    }

    /**
     * Replaces every document of {@code type} by what {@code feed} delivers (other types are
     * skipped); the old ones stay searchable until the feed is done. Returns documents indexed.
     */
    int rebuild(String type, Consumer<Consumer<SearchDocument>> feed) {
        synchronized (rebuildLock) {
            generation = UUID.randomUUID().toString();
            int[] count = {0};
            feed.accept(d -> {
                if (type.equals(d.type())) {
                    index(d);
                    count[0]++;
                }
            });
            try {
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER)
                        .add(new TermQuery(new Term(GEN, generation)), Occur.MUST_NOT).build());
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.incrementAndGet();
            return count[0];
        }
    }

    /**
     * True when some documents of {@code type} were written in an older format (before
     * {@link #FORMAT}: without the visibility window, or without the stored audience {@link ResultCache}
     * filters by): the type must be rebuilt once.
     */
    boolean outdated(String type) {
        return withSearcher(s -> s.count(new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(FMT, FORMAT)), Occur.MUST_NOT).build()) > 0);
    }

    /** Number of documents of {@code type}, as of the latest refresh. */
    int count(String type) {
        return withSearcher(s -> s.count(new TermQuery(new Term(TYPE, type))));
    }

    /**
     * Best hits first, ties newer first. All terms must match, or any when that finds nothing; in
     * both passes a document whose key is spelt by a run of the query ({@link Keys#runs}) matches
     * too, and ranks above every text-only match. Answered from the hits {@link ResultCache} keeps
     * per query and reader when they decide it, else as {@link #searchDirect}: the same hits in the
     * same order.
     *
     * @param types      content types to search (empty: nothing)
     * @param visibility audience filter, {@code null} for everything
     */
    List<SearchHit> search(String query, Collection<String> types, Visibility visibility, int limit) {
        Plan p = plan(query, types, limit);
        if (p == null) {
            return List.of();
        }
        if (p.n() <= ResultCache.DEPTH) {
            long now = clock.millis();
            List<SearchHit> kept = withSearcher(s -> {
                ResultCache.Generation g = results.of(s.getIndexReader());
                List<ResultCache.Head> shown = ResultCache.visible(ranked(s, g, p, Occur.MUST), visibility, now, p.n());
                if (shown != null && shown.isEmpty() && p.terms().size() > 1) {
                    shown = ResultCache.visible(ranked(s, g, p, Occur.SHOULD), visibility, now, p.n());
                }
                return shown == null ? null : hits(s, shown, p);
            });
            if (kept != null) {
                results.served.increment();
                return kept;
            }
        }
        return searchDirect(p, visibility);
    }

    /** {@link #search} as one filtered Lucene query per pass, without the {@link ResultCache}. */
    List<SearchHit> searchDirect(String query, Collection<String> types, Visibility visibility, int limit) {
        Plan p = plan(query, types, limit);
        return p == null ? List.of() : searchDirect(p, visibility);
    }

    /** The plan of a query, kept by its text (analysing it was a tenth of a kept search's cost). */
    private Plan plan(String query, Collection<String> types, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        String k = types.isEmpty() ? null : query + '\u0000' + String.join(",", new java.util.TreeSet<>(types)) + '\u0000' + n;
        Plan p = k == null ? null : plans.get(k);
        if (p != null) {
            return p;
        }
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            throw ProblemException.invalid("q", BLANK_QUERY);
        }
        if (k == null) {
            return null;
        }
        if (plans.size() >= MAX_PLANS) {
            plans.clear();
        }
        p = Plan.of(terms, Keys.runs(query), types, n);
        plans.put(k, p);
        return p;
    }

    private List<SearchHit> searchDirect(Plan p, Visibility visibility) {
        long now = clock.millis();
        BooleanQuery.Builder f = new BooleanQuery.Builder().add(p.types(), Occur.FILTER)
                // scheduled for later, or expired: out of every result at once, whatever the index holds
                .add(LongPoint.newRangeQuery(FROM, now + 1, Long.MAX_VALUE), Occur.MUST_NOT)
                .add(LongPoint.newRangeQuery(UNTIL, Long.MIN_VALUE, now), Occur.MUST_NOT);
        if (visibility != null) {
            f.add(Queries.visible(visibility), Occur.FILTER);
        }
        Query filter = f.build();
        List<SearchHit> hits = search(p.match(Occur.MUST), filter, p.n(), p.folded(), p.runs());
        return hits.isEmpty() && p.terms().size() > 1
                ? search(p.match(Occur.SHOULD), filter, p.n(), p.folded(), p.runs())
                : hits;
    }

    /** The kept hits of one pass over the searched types, ranked on a miss. */
    private ResultCache.Ranked ranked(IndexSearcher s, ResultCache.Generation g, Plan p, Occur occur) throws IOException {
        String k = p.cacheKey(occur);
        ResultCache.Ranked r = g.get(k);
        if (r == null) {
            Query q = new BooleanQuery.Builder().add(p.match(occur), Occur.MUST)
                    .add(p.types(), Occur.FILTER).build();
            ScoreDoc[] docs = s.search(q, ResultCache.DEPTH, SORT, true).scoreDocs;
            StoredFields stored = s.storedFields();
            List<ResultCache.Head> heads = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                heads.add(Hits.head(stored, sd.doc, ((FieldDoc) sd).score));
            }
            // a document of an older format (no stored audience) until its type is refilled: ask Lucene
            boolean legacy = heads.stream().anyMatch(h -> !h.pub && h.aud.length == 0);
            r = legacy ? new ResultCache.Ranked(List.of(), true)
                    : new ResultCache.Ranked(List.copyOf(heads), docs.length >= ResultCache.DEPTH);
            g.put(k, r);
        }
        return r;
    }

    /** The hits of kept heads, each made once (snippet included) and then shared by every caller shown it. */
    private List<SearchHit> hits(IndexSearcher s, List<ResultCache.Head> shown, Plan p) throws IOException {
        List<SearchHit> out = new ArrayList<>(shown.size());
        StoredFields stored = null;
        for (ResultCache.Head h : shown) {
            SearchHit hit = h.hit;
            if (hit == null) {
                stored = stored == null ? s.storedFields() : stored;
                hit = hits.hit(stored, h.doc, h.score, version(s), p.folded(), p.runs());
                h.hit = hit;
            }
            out.add(hit);
        }
        return out;
    }

    private static long version(IndexSearcher s) {
        return s.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -1;
    }

    private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(DATE, SortField.Type.LONG, true));

    private List<SearchHit> search(Query match, Query filter, int n, List<String> folded, Set<String> runs) {
        Query q = new BooleanQuery.Builder().add(match, Occur.MUST).add(filter, Occur.FILTER).build();
        return withSearcher(s -> {
            ScoreDoc[] docs = s.search(q, n, SORT, true).scoreDocs;
            StoredFields stored = s.storedFields();
            List<SearchHit> out = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                out.add(hits.hit(stored, sd.doc, ((FieldDoc) sd).score, version(s), folded, runs));
            }
            return out;
        });
    }

    /** The user's text through the exact chain: no query syntax, so nothing for a user to get wrong. */
    List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (TokenStream ts = exact.tokenStream(TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            refresh();
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reopens the searcher when something changed, so a search sees every write made before it:
     * a caller that finds another thread (the ticker) refreshing waits for it, and refreshes again
     * itself when that refresh started before the caller's writes were counted.
     */
    private void refresh() throws IOException {
        long target = written.get();
        if (refreshed >= target) {
            return;
        }
        synchronized (refreshLock) {
            if (refreshed < target) {
                long now = written.get();
                searchers.maybeRefreshBlocking();
                refreshed = now;
            }
        }
    }

    /** Refreshes the searcher and commits pending writes: run every {@link #TICK} by the platform scheduler. */
    void tick() {
        try {
            refresh();
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Search index refresh/commit failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        closing = true;
        try (Directory d = directory; IndexWriter w = writer; SearcherManager s = searchers) {
            w.commit();
        }
    }

    private static String key(String type, String id) {
        return IndexDocs.key(type, id);
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }
}
