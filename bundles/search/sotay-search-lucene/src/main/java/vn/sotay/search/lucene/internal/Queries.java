package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.AUD;
import static vn.sotay.search.lucene.internal.Fields.BODY;
import static vn.sotay.search.lucene.internal.Fields.BODY_F;
import static vn.sotay.search.lucene.internal.Fields.PUBLIC;
import static vn.sotay.search.lucene.internal.Fields.SCOPE;
import static vn.sotay.search.lucene.internal.Fields.TITLE;
import static vn.sotay.search.lucene.internal.Fields.TITLE_F;

import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import vn.sotay.api.auth.AuthorizationService.Visibility;

/** The queries {@link LuceneIndex} runs: the text match with its boosts and the visibility filter. */
final class Queries {
    static final float TITLE_BOOST = 3f, EXACT_BOOST = 2f;

    private Queries() {
    }

    /** The text match or, when {@code key} is not null, the key match. */
    static Query match(List<String> terms, Occur occur, Query key) {
        Query text = match(terms, occur);
        return key == null ? text
                : new BooleanQuery.Builder().add(text, Occur.SHOULD).add(key, Occur.SHOULD).build();
    }

    /** Per term: exact (accents kept) boosted over folded, title over body. */
    static Query match(List<String> terms, Occur occur) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            String f = VietnameseAnalyzer.fold(t);
            all.add(new BooleanQuery.Builder()
                    .add(boost(TITLE, t, TITLE_BOOST * EXACT_BOOST), Occur.SHOULD)
                    .add(boost(BODY, t, EXACT_BOOST), Occur.SHOULD)
                    .add(boost(TITLE_F, f, TITLE_BOOST), Occur.SHOULD)
                    .add(new TermQuery(new Term(BODY_F, f)), Occur.SHOULD).build(), occur);
        }
        return all.build();
    }

    static Query boost(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    /** Public, addressed to the caller's cell or above, or inside one of the caller's staff scopes. */
    static Query visible(Visibility v) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(AUD, PUBLIC)), Occur.SHOULD);
        if (!v.memberPath().isEmpty()) {
            b.add(new TermInSetQuery(AUD, bytes(v.memberPath())), Occur.SHOULD);
        }
        if (!v.staffScopes().isEmpty()) {
            b.add(new TermInSetQuery(SCOPE, bytes(v.staffScopes())), Occur.SHOULD);
        }
        return b.build();
    }

    static List<BytesRef> bytes(Collection<?> values) {
        return values.stream().map(v -> new BytesRef(v.toString())).toList();
    }
}
