package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.IDENT;
import static vn.sotay.search.lucene.internal.Fields.TYPE;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;

/**
 * What one search asks: the query's terms (exact) and their folded forms, the runs that may spell a
 * key ({@link Keys#runs}) and their key query, the searched types, the number of hits.
 */
record Plan(List<String> terms, List<String> folded, Set<String> runs, Query key, Query types, String typeNames, int n) {
    /**
     * Score of a key match, above any text-only score: BM25 gives a term under its boost × idf,
     * idf &lt; 22 even at 2^31 documents, so 32 terms × (6 + 2 + 3 + 1) × 22 &lt; 8,500.
     */
    static final float KEY_BOOST = 10_000f;

    static Plan of(List<String> terms, Set<String> runs, Collection<String> types, int n) {
        Query key = runs.isEmpty() ? null
                : new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IDENT, Queries.bytes(runs))), KEY_BOOST);
        return new Plan(terms, terms.stream().map(VietnameseAnalyzer::fold).distinct().toList(), runs, key,
                new TermInSetQuery(TYPE, Queries.bytes(types)), String.join(",", new TreeSet<>(types)), n);
    }

    /** The text match of one pass, key match included. */
    Query match(Occur occur) {
        return Queries.match(terms, occur, key);
    }

    /** What decides a pass's ranked hits over the types: the same for every caller. */
    String cacheKey(Occur occur) {
        return occur + "|" + terms + "|" + runs + "|" + typeNames;
    }
}
