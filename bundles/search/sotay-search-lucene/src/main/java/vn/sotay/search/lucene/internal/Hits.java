package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.AUD;
import static vn.sotay.search.lucene.internal.Fields.BODY;
import static vn.sotay.search.lucene.internal.Fields.DATE;
import static vn.sotay.search.lucene.internal.Fields.FROM;
import static vn.sotay.search.lucene.internal.Fields.ID;
import static vn.sotay.search.lucene.internal.Fields.IDENT;
import static vn.sotay.search.lucene.internal.Fields.PUBLIC;
import static vn.sotay.search.lucene.internal.Fields.SCOPE;
import static vn.sotay.search.lucene.internal.Fields.TITLE;
import static vn.sotay.search.lucene.internal.Fields.TYPE;
import static vn.sotay.search.lucene.internal.Fields.UNTIL;
import static vn.sotay.search.lucene.internal.Fields.URL;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

import vn.sotay.api.search.SearchHit;

/** A search hit read from the index's stored fields, its snippet kept per index version, document and words. */
final class Hits {
    static final int SNIPPET = 200;
    /** Snippets kept (cutting them was most of a search's cost). */
    private static final int MAX_SNIPPETS = 20_000;
    private static final Set<String> HEAD_FIELDS = Set.of(TYPE, ID, TITLE, URL, DATE, IDENT);
    private static final Set<String> FILTER_FIELDS = Set.of(AUD, SCOPE, FROM, UNTIL);
    private final Map<String, Snippet> snippets = new ConcurrentHashMap<>();

    /** @param version the reader's version: a snippet is kept for it */
    SearchHit hit(StoredFields stored, int doc, float score, long version, List<String> folded, Set<String> runs)
            throws IOException {
        Document d = stored.document(doc, HEAD_FIELDS);
        IndexableField date = d.getField(DATE);
        List<String> keys = Arrays.stream(d.getValues(IDENT)).filter(runs::contains).toList();
        // the snippet depends on the text and the words only: shared by every caller asking the same
        String cached = version + "|" + d.get(TYPE) + "/" + d.get(ID) + "|" + String.join(" ", folded) + "|" + keys;
        Snippet shown = snippets.get(cached);
        if (shown == null) {
            String snippet = Snippets.of(stored.document(doc, Set.of(BODY)).get(BODY), folded, SNIPPET);
            shown = new Snippet(snippet, Snippets.highlights(snippet, folded, keys));
            if (snippets.size() >= MAX_SNIPPETS) {
                snippets.clear();
            }
            snippets.put(cached, shown);
        }
        return new SearchHit(d.get(TYPE), d.get(ID), d.get(TITLE), shown.snippet(), d.get(URL),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()), score, shown.highlights());
    }

    /** What {@link ResultCache} filters a hit by: audience, scope and visibility window (stored since format 3). */
    static ResultCache.Head head(StoredFields stored, int doc, float score) throws IOException {
        Document d = stored.document(doc, FILTER_FIELDS);
        String[] aud = d.getValues(AUD);
        boolean pub = Arrays.asList(aud).contains(PUBLIC);
        IndexableField from = d.getField(FROM);
        IndexableField until = d.getField(UNTIL);
        return new ResultCache.Head(doc, score, pub, longs(pub ? new String[0] : aud), longs(d.getValues(SCOPE)),
                from == null ? Long.MIN_VALUE : from.numericValue().longValue(),
                until == null ? Long.MAX_VALUE : until.numericValue().longValue());
    }

    private static long[] longs(String[] values) {
        return Arrays.stream(values).mapToLong(Long::parseLong).toArray();
    }

    /** A hit's snippet and its highlights. */
    private record Snippet(String snippet, List<SearchHit.Highlight> highlights) {
    }
}
