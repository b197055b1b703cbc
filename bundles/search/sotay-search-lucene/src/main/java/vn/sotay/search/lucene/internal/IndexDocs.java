package vn.sotay.search.lucene.internal;

import static vn.sotay.search.lucene.internal.Fields.AUD;
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
import static vn.sotay.search.lucene.internal.Fields.PUBLIC;
import static vn.sotay.search.lucene.internal.Fields.SCOPE;
import static vn.sotay.search.lucene.internal.Fields.TITLE;
import static vn.sotay.search.lucene.internal.Fields.TITLE_F;
import static vn.sotay.search.lucene.internal.Fields.TYPE;
import static vn.sotay.search.lucene.internal.Fields.UNTIL;
import static vn.sotay.search.lucene.internal.Fields.URL;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import vn.sotay.api.search.SearchDocument;

/** The Lucene form of a {@link SearchDocument}: the fields {@link LuceneIndex} searches and filters on. */
final class IndexDocs {
    private IndexDocs() {
    }

    /** @param ancestors org node id → ids from the root down to it; {@code generation} marks a rebuild's documents */
    static Document of(SearchDocument d, Function<Long, List<Long>> ancestors, String generation) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(d.type(), d.id()), Store.NO));
        doc.add(new StringField(TYPE, d.type(), Store.YES));
        doc.add(new StoredField(ID, d.id()));
        String title = VietnameseAnalyzer.nfc(d.title());
        String body = VietnameseAnalyzer.nfc(d.body());
        doc.add(new TextField(TITLE, title, Store.YES));
        doc.add(new TextField(TITLE_F, title, Store.NO));
        doc.add(new TextField(BODY, body, Store.NO));
        // stored only as far as a snippet looks: a long attachment's text is not read back per hit
        doc.add(new StoredField(BODY, body.length() > Snippets.SCAN ? body.substring(0, Snippets.SCAN) : body));
        doc.add(new TextField(BODY_F, body, Store.NO));
        if (d.url() != null) {
            doc.add(new StoredField(URL, d.url()));
        }
        if (d.date() != null) {
            doc.add(new NumericDocValuesField(DATE, d.date().toEpochMilli()));
            doc.add(new StoredField(DATE, d.date().toEpochMilli()));
        }
        if (d.visibleFrom() != null) {
            doc.add(new LongPoint(FROM, d.visibleFrom().toEpochMilli()));
            doc.add(new StoredField(FROM, d.visibleFrom().toEpochMilli()));
        }
        if (d.visibleUntil() != null) {
            doc.add(new LongPoint(UNTIL, d.visibleUntil().toEpochMilli()));
            doc.add(new StoredField(UNTIL, d.visibleUntil().toEpochMilli()));
        }
        if (d.audience().isEmpty()) {
            doc.add(new StringField(AUD, PUBLIC, Store.YES));
        }
        Set<Long> scope = new LinkedHashSet<>();
        for (Long org : d.audience()) {
            doc.add(new StringField(AUD, org.toString(), Store.YES));
            scope.addAll(ancestors.apply(org));
            scope.add(org);
        }
        // stored with the window: ResultCache filters kept hits by them in memory
        scope.forEach(s -> doc.add(new StringField(SCOPE, s.toString(), Store.YES)));
        d.keys().stream().map(Keys::form).filter(k -> !k.isEmpty()).distinct()
                .forEach(k -> doc.add(new StringField(IDENT, k, Store.YES)));
        doc.add(new StringField(GEN, generation, Store.NO));
        doc.add(new StringField(FMT, FORMAT, Store.NO));
        return doc;
    }

    static String key(String type, String id) {
        return type + '\u001f' + id;
    }
}
