package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.BODY;
import static vn.sotay.search.lucene.internal.Fields.BODY_F;
import static vn.sotay.search.lucene.internal.Fields.DATE;
import static vn.sotay.search.lucene.internal.Fields.FMT;
import static vn.sotay.search.lucene.internal.Fields.FORMAT;
import static vn.sotay.search.lucene.internal.Fields.FROM;
import static vn.sotay.search.lucene.internal.Fields.GEN;
import static vn.sotay.search.lucene.internal.Fields.ID;
import static vn.sotay.search.lucene.internal.Fields.IDENT;
import static vn.sotay.search.lucene.internal.Fields.KEY;
import static vn.sotay.search.lucene.internal.Fields.TITLE;
import static vn.sotay.search.lucene.internal.Fields.TITLE_F;
import static vn.sotay.search.lucene.internal.Fields.TYPE;
import static vn.sotay.search.lucene.internal.Fields.UNTIL;
import static vn.sotay.search.lucene.internal.Fields.URL;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
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
    /**
     * Score of a key match, above any text-only score: BM25 gives a term under its boost × idf,
     * idf &lt; 22 even at 2^31 documents, so 32 terms × (6 + 2 + 3 + 1) × 22 &lt; 8,500.
     */
    private static final float KEY_BOOST = 10_000f;
    private static final int MAX_TERMS = 32, MAX_LIMIT = 1000, SNIPPET = 200;
    /** Snippets kept per index version, document and words (a search's cost is mostly cutting them). */
    private static final int MAX_SNIPPETS = 20_000;
    private static final java.util.Set<String> HEAD_FIELDS = java.util.Set.of(TYPE, ID, TITLE, URL, DATE, IDENT);
    private final java.util.Map<String, Snippet> snippets = new java.util.concurrent.ConcurrentHashMap<>();
    /** How often {@link #tick()} should run. */
    static final java.time.Duration TICK = java.time.Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

    private final Function<Long, List<Long>> ancestors;
    private final java.time.Clock clock;
    private final Analyzer exact = new VietnameseAnalyzer(false);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
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
     * {@link #FORMAT}: without the visibility window fields): the type must be rebuilt once.
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
     * too, and ranks above every text-only match.
     *
     * @param types      content types to search (empty: nothing)
     * @param visibility audience filter, {@code null} for everything
     */
    List<SearchHit> search(String query, Collection<String> types, Visibility visibility, int limit) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            throw ProblemException.invalid("q", BLANK_QUERY);
        }
        if (types.isEmpty()) {
            return List.of();
        }
        long now = clock.millis();
        BooleanQuery.Builder f = new BooleanQuery.Builder().add(new TermInSetQuery(TYPE, Queries.bytes(types)), Occur.FILTER)
                // scheduled for later, or expired: out of every result at once, whatever the index holds
                .add(LongPoint.newRangeQuery(FROM, now + 1, Long.MAX_VALUE), Occur.MUST_NOT)
                .add(LongPoint.newRangeQuery(UNTIL, Long.MIN_VALUE, now), Occur.MUST_NOT);
        if (visibility != null) {
            f.add(Queries.visible(visibility), Occur.FILTER);
        }
        Query filter = f.build();
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<String> folded = terms.stream().map(VietnameseAnalyzer::fold).distinct().toList();
        Set<String> runs = Keys.runs(query);
        Query key = runs.isEmpty() ? null
                : new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IDENT, Queries.bytes(runs))), KEY_BOOST);
        List<SearchHit> hits = search(Queries.match(terms, Occur.MUST, key), filter, n, folded, runs);
        return hits.isEmpty() && terms.size() > 1 ? search(Queries.match(terms, Occur.SHOULD, key), filter, n, folded, runs)
                : hits;
    }

    private List<SearchHit> search(Query match, Query filter, int n, List<String> folded, Set<String> runs) {
        Query q = new BooleanQuery.Builder().add(match, Occur.MUST).add(filter, Occur.FILTER).build();
        return withSearcher(s -> {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(DATE, SortField.Type.LONG, true));
            ScoreDoc[] docs = s.search(q, n, sort, true).scoreDocs;
            StoredFields stored = s.storedFields();
            long version = s.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -1;
            String words = String.join(" ", folded);
            List<SearchHit> out = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc, HEAD_FIELDS);
                IndexableField date = d.getField(DATE);
                List<String> keys = Arrays.stream(d.getValues(IDENT)).filter(runs::contains).toList();
                // the snippet depends on the text and the words only: shared by every caller asking the same
                String cached = version + "|" + d.get(TYPE) + "/" + d.get(ID) + "|" + words + "|" + keys;
                Snippet shown = snippets.computeIfAbsent(cached, k -> {
                    String snippet = Snippets.of(stored(stored, sd.doc), folded, SNIPPET);
                    return new Snippet(snippet, Snippets.highlights(snippet, folded, keys));
                });
                if (snippets.size() > MAX_SNIPPETS) {
                    snippets.clear();
                }
                out.add(new SearchHit(d.get(TYPE), d.get(ID), d.get(TITLE), shown.snippet(), d.get(URL),
                        date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                        ((FieldDoc) sd).score, shown.highlights()));
            }
            return out;
        });
    }

    /** A hit's snippet and its highlights. */
    private record Snippet(String snippet, List<SearchHit.Highlight> highlights) {
    }

    private static String stored(StoredFields stored, int doc) {
        try {
            return stored.document(doc, java.util.Set.of(BODY)).get(BODY);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
