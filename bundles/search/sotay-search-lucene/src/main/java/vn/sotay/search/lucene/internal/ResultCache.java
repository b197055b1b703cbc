package vn.sotay.search.lucene.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

import vn.sotay.api.auth.AuthorizationService.Visibility;
import vn.sotay.api.search.SearchHit;

/**
 * Ranked hits per query, kept for one index reader: the best {@link #DEPTH} documents of a query over
 * some types with no audience or time filter, each with what that filter needs, so that a caller's
 * answer is the list filtered in memory (the rule of {@link Queries#visible} and of the visibility
 * window). A new reader (any write, once refreshed) starts an empty cache; at most
 * {@link #MAX_QUERIES} queries are kept (past it the cache is emptied): about 200 × 256 hits.
 */
final class ResultCache {
    /** Hits kept per query; a caller who sees fewer than the asked limit of a cut list runs the query. */
    static final int DEPTH = 200;
    static final int MAX_QUERIES = 256;

    private volatile Generation current = new Generation(null, -1);
    /** Searches answered from kept hits (tests and the docs' figures). */
    final java.util.concurrent.atomic.LongAdder served = new java.util.concurrent.atomic.LongAdder();

    /** One query's hits in rank order; {@code cut} when more matched than were kept. */
    record Ranked(List<Head> heads, boolean cut) {
    }

    /**
     * A hit and what decides who sees it: {@code aud} (audience node ids; {@code pub} when addressed to
     * everyone), {@code scope} (those nodes and their ancestors), the window {@code [from, until)}.
     * {@code hit} is made once, snippet included, by the first caller shown it.
     */
    static final class Head {
        final int doc;
        final float score;
        final boolean pub;
        final long[] aud, scope;
        final long from, until;
        volatile SearchHit hit;

        Head(int doc, float score, boolean pub, long[] aud, long[] scope, long from, long until) {
            this.doc = doc;
            this.score = score;
            this.pub = pub;
            this.aud = aud;
            this.scope = scope;
            this.from = from;
            this.until = until;
        }

        boolean visible(Visibility v, long now) {
            if (from > now || until <= now) {
                return false;
            }
            if (v == null || pub) {
                return true;
            }
            for (long a : aud) {
                if (v.memberPath().contains(a)) {
                    return true;
                }
            }
            if (!v.staffScopes().isEmpty()) {
                for (long s : scope) {
                    if (v.staffScopes().contains(s)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The queries kept for {@code reader}. */
    record Generation(IndexReader reader, long version, ConcurrentHashMap<String, Ranked> queries) {
        Generation(IndexReader reader, long version) {
            this(reader, version, new ConcurrentHashMap<>());
        }

        Ranked get(String key) {
            return queries.get(key);
        }

        void put(String key, Ranked ranked) {
            if (queries.size() >= MAX_QUERIES) {
                queries.clear();
            }
            queries.put(key, ranked);
        }
    }

    /** The cache of {@code reader}; a reader older than the current one gets a throwaway one. */
    Generation of(IndexReader reader) {
        Generation g = current;
        if (g.reader() == reader) {
            return g;
        }
        long version = reader instanceof DirectoryReader r ? r.getVersion() : -1;
        Generation fresh = new Generation(reader, version);
        synchronized (this) {
            if (current.reader() == reader) {
                return current;
            }
            if (version >= current.version()) {
                current = fresh;
            }
        }
        return fresh;
    }

    /**
     * The first {@code n} heads of {@code r} that {@code v} sees at {@code now}, or {@code null} when
     * the list was cut and fewer than {@code n} survive: only the query itself can tell then.
     */
    static List<Head> visible(Ranked r, Visibility v, long now, int n) {
        List<Head> out = new ArrayList<>(Math.min(n, r.heads().size()));
        for (Head h : r.heads()) {
            if (h.visible(v, now)) {
                out.add(h);
                if (out.size() == n) {
                    return out;
                }
            }
        }
        return r.cut() ? null : out;
    }
}
