package vn.bantin.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.bantin.text.VietnameseText;

/**
 * Words of Vietnamese text for the search index. Text is brought to Unicode NFC first, so that
 * decomposed input (a base letter followed by combining tone marks) finds the same words as
 * precomposed text; then it is split into words and lower-cased. The folded variant also drops
 * diacritics and tone marks and turns đ into d, so "hoi nghi" finds "Hội nghị"; the exact variant
 * keeps them, so that an exact match can rank higher.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final boolean folded;

    private VietnameseAnalyzer(boolean folded) {
        this.folded = folded;
    }

    /** Case, diacritics, tone marks and đ/d ignored. */
    public static VietnameseAnalyzer folded() {
        return new VietnameseAnalyzer(true);
    }

    /** Case ignored, marks kept. */
    public static VietnameseAnalyzer exact() {
        return new VietnameseAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(VietnameseText.nfc(readAll(reader)));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        if (folded) {
            stream = new ASCIIFoldingFilter(stream);
        }
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return folded ? new ASCIIFoldingFilter(stream) : stream;
    }

    /** The words of a text as this analyzer indexes them. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
