package vn.sotay.search.lucene.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** NFC, StandardTokenizer, lower case and, for the folded variant, ASCII folding (docs/stack.md, trap 8). */
final class VietnameseAnalyzer extends Analyzer {
    private final boolean folded;

    VietnameseAnalyzer(boolean folded) {
        this.folded = folded;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(nfc(read(reader)));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream out = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, folded ? new ASCIIFoldingFilter(out) : out);
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Folds one lower-case token the way the folded chain does ({@code đảng} → {@code dang}). */
    static String fold(String token) {
        char[] out = new char[token.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(token.toCharArray(), 0, out, 0, token.length());
        return new String(out, 0, n);
    }

    private static String read(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        try {
            for (int n; (n = reader.read(buf)) > 0;) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
