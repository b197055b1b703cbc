package vn.sotay.search.lucene.internal;

/** The names of the index's document fields, shared by {@link IndexDocs}, {@link Queries} and {@link LuceneIndex}. */
final class Fields {
    static final String KEY = "key", TYPE = "type", ID = "id", TITLE = "title", TITLE_F = "title_f", BODY = "body",
            BODY_F = "body_f", URL = "url", DATE = "date", AUD = "aud", SCOPE = "scope", GEN = "gen", IDENT = "ident",
            FROM = "from", UNTIL = "until";
    /** Version of the document fields (3: audience, scope and window stored), in {@link #FMT} of every document ({@link LuceneIndex#outdated}). */
    static final String FORMAT = "3", FMT = "fmt";
    /** {@link #AUD} value of a document addressed to everyone. */
    static final String PUBLIC = "*";

    private Fields() {
    }
}
